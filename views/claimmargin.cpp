// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimmargin.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolTip>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{
constexpr int LaneWidth = 3;
constexpr int LaneGap = 1;
constexpr int MaxLanes = 4;
} // namespace

ClaimMargin::ClaimMargin(QTextEdit *text, QWidget *parent)
    : QWidget(parent)
    , m_text(text)
{
    setObjectName(u"claimMargin"_s);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_TransparentForMouseEvents, false);
    // Scrolling or a new layout (a resized column) moves the lines the markers stand beside.
    const auto repaint = [this] { update(); };
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(m_text->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this, repaint);
}

ClaimMargin::~ClaimMargin() = default;

QSize ClaimMargin::sizeHint() const
{
    return { MaxLanes * (LaneWidth + LaneGap), 0 };
}

void ClaimMargin::setMarkers(QList<Marker> markers)
{
    m_markers = std::move(markers);
    assignLanes();
    update();
}

void ClaimMargin::assignLanes()
{
    // Greedy interval colouring in order of start: a marker takes the first lane free at its start.
    QList<int> order(m_markers.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [this](int a, int b) { return m_markers.at(a).start < m_markers.at(b).start; });
    m_lanes = QList<int>(m_markers.size(), 0);
    QList<int> laneEnds;
    for (const int marker : std::as_const(order)) {
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > m_markers.at(marker).start) {
            ++lane;
        }
        if (lane == laneEnds.size()) {
            laneEnds << 0;
        }
        laneEnds[lane] = m_markers.at(marker).end;
        m_lanes[marker] = std::min(lane, MaxLanes - 1);
    }
    m_laneCount = std::clamp(int(laneEnds.size()), 1, MaxLanes);
}

QRect ClaimMargin::rectOf(int marker) const
{
    const Marker &m = m_markers.at(marker);
    QTextCursor cursor(m_text->document());
    cursor.setPosition(std::clamp(m.start, 0, m_text->document()->characterCount() - 1));
    const QRect first = m_text->cursorRect(cursor);
    cursor.setPosition(std::clamp(m.end, 0, m_text->document()->characterCount() - 1));
    const QRect last = m_text->cursorRect(cursor);
    // Viewport coordinates to ours: the margin sits beside the viewport, level with it.
    const int offset = m_text->viewport()->mapTo(parentWidget(), QPoint(0, 0)).y() - y();
    const int top = first.top() + offset;
    const int bottom = std::max(last.bottom(), first.bottom()) + offset;
    // Lanes grow away from the text: the outermost lane is nearest the widget's far edge.
    const int laneX = width() - (m_lanes.value(marker) + 1) * (LaneWidth + LaneGap);
    const int x = layoutDirection() == Qt::RightToLeft ? width() - laneX - LaneWidth : laneX;
    return QRect(x, top, LaneWidth, std::max(bottom - top, 4));
}

QRect ClaimMargin::markerRect(qint64 claimId) const
{
    for (int i = 0; i < m_markers.size(); ++i) {
        if (m_markers.at(i).claimId == claimId) {
            return rectOf(i).intersected(rect());
        }
    }
    return {};
}

qint64 ClaimMargin::claimAt(const QPoint &pos) const
{
    // Innermost lanes last painted are on top; a little slack around the bar helps the pointer.
    for (int i = int(m_markers.size()) - 1; i >= 0; --i) {
        if (rectOf(i).adjusted(-LaneGap / 2 - 1, 0, LaneGap / 2 + 1, 0).contains(pos)) {
            return m_markers.at(i).claimId;
        }
    }
    return 0;
}

void ClaimMargin::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < m_markers.size(); ++i) {
        const QRect marker = rectOf(i);
        if (!marker.intersects(rect())) {
            continue;
        }
        painter.setBrush(m_markers.at(i).colour);
        painter.drawRoundedRect(marker, LaneWidth / 2.0, LaneWidth / 2.0);
    }
}

void ClaimMargin::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const qint64 claim = claimAt(event->position().toPoint()); claim != 0) {
            Q_EMIT claimClicked(claim);
            event->accept();
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

bool ClaimMargin::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto help = static_cast<QHelpEvent *>(event);
        const qint64 claim = claimAt(help->pos());
        for (const Marker &marker : std::as_const(m_markers)) {
            if (marker.claimId == claim && claim != 0) {
                QToolTip::showText(help->globalPos(), marker.toolTip, this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Dateline
