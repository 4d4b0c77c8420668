// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

class QTextEdit;

namespace Dateline
{

/**
 * The strip beside the reader's text with a marker for each claim: a bar in the claim's colour
 * from its first line to its last, side by side when claims overlap. Clicking a marker emits
 * claimClicked(); hovering one shows the claimed words.
 *
 * The reader hands it the claims as document positions (setMarkers()); the margin follows the
 * text's scrolling and layout by itself, and sits over the text's empty side margin.
 */
class ClaimMargin : public QWidget
{
    Q_OBJECT

public:
    struct Marker {
        qint64 claimId = 0;
        int start = 0; ///< document position
        int end = 0;
        QColor colour;
        QString toolTip;
    };

    explicit ClaimMargin(QTextEdit *text, QWidget *parent = nullptr);
    ~ClaimMargin() override;

    void setMarkers(QList<Marker> markers);
    [[nodiscard]] const QList<Marker> &markers() const { return m_markers; }
    /// Where a claim's marker is painted, in this widget's coordinates (empty when out of view).
    [[nodiscard]] QRect markerRect(qint64 claimId) const;
    /// The claim whose marker is at `pos`, 0 when none.
    [[nodiscard]] qint64 claimAt(const QPoint &pos) const;

    [[nodiscard]] QSize sizeHint() const override;

Q_SIGNALS:
    void claimClicked(qint64 claimId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    /// Which column each marker takes, so that overlapping claims stand side by side.
    void assignLanes();
    [[nodiscard]] QRect rectOf(int marker) const;

    QTextEdit *m_text = nullptr;
    QList<Marker> m_markers;
    QList<int> m_lanes;
    int m_laneCount = 1;
};

} // namespace Dateline
