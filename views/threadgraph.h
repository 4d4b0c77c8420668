// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/claimthreads.h"

#include <KSyntaxHighlighting/Theme>

#include <QGraphicsView>
#include <QHash>
#include <QPointF>

namespace Dateline
{

/**
 * The graph of a thread: one node per claim, one edge per link labelled with its relation. Graphviz
 * ("dot", through libgvc and cgraph) computes where nodes and edge curves go; the view draws them
 * itself, so that colours follow the theme: a node is filled with its status's colour and outlined
 * with a colour chosen per outlet, both taken from the KSyntaxHighlighting theme of the reader.
 *
 * Each edge is laid out from the earlier claim to the later one, so that the graph reads top down
 * like the time line; its arrow shows the link's real direction. Clicking a node emits
 * claimActivated(). When Graphviz cannot lay the graph out, the nodes stand in a column instead and
 * layoutError() says why.
 */
class ThreadGraph : public QGraphicsView
{
    Q_OBJECT

public:
    explicit ThreadGraph(QWidget *parent = nullptr);
    ~ThreadGraph() override;

    /// Lays out and draws the thread; claims in time-line order (earliest first).
    void setThread(const ClaimThread &thread, const KSyntaxHighlighting::Theme &theme);
    void clear();

    /// Where a claim's node sits, in scene coordinates (null when the claim has no node).
    [[nodiscard]] QPointF nodeCenter(qint64 claimId) const { return m_centers.value(claimId); }
    [[nodiscard]] int nodeCount() const { return int(m_centers.size()); }
    [[nodiscard]] int edgeCount() const { return m_edgeCount; }
    [[nodiscard]] QString layoutError() const { return m_layoutError; }

    /// The colour of a status, from the theme's default styles (grey unverified, red false, ...).
    [[nodiscard]] static QColor statusColor(const KSyntaxHighlighting::Theme &theme, ClaimStatus status);
    /// An outline colour for an outlet, the same for the same name in every thread.
    [[nodiscard]] static QColor outletColor(const KSyntaxHighlighting::Theme &theme, const QString &outlet);

Q_SIGNALS:
    void claimActivated(qint64 claimId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct Placement;
    [[nodiscard]] bool layOut(const ClaimThread &thread, Placement &placement);
    static void layOutInColumn(const ClaimThread &thread, Placement &placement);

    QHash<qint64, QPointF> m_centers;
    int m_edgeCount = 0;
    QString m_layoutError;
};

} // namespace Dateline
