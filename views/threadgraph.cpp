// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadgraph.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLineF>
#include <QLocale>
#include <QMouseEvent>
#include <QPainterPath>
#include <QPen>
#include <QtMath>

#include <algorithm>
#include <iterator>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

using namespace Qt::StringLiterals;
using KSyntaxHighlighting::Theme;

namespace Dateline
{

namespace
{

constexpr int ClaimIdKey = 0;
constexpr qreal PointsPerInch = 72.0;
constexpr qreal NodeWidth = 1.8; // inches
constexpr qreal NodeHeight = 0.8;

QColor themeColor(QRgb rgb, const QColor &fallback)
{
    return rgb == 0 ? fallback : QColor::fromRgba(rgb);
}

QColor mix(const QColor &over, const QColor &under, qreal amount)
{
    const auto channel = [amount](int a, int b) { return int(a * amount + b * (1.0 - amount)); };
    return QColor(
        channel(over.red(), under.red()), channel(over.green(), under.green()), channel(over.blue(), under.blue()));
}

/// cgraph takes char * for names and values in the Graphviz of Debian 13; keep the bytes alive.
void setAttribute(void *object, const char *name, const QByteArray &value)
{
    QByteArray key(name);
    QByteArray copy(value);
    QByteArray empty("");
    agsafeset(object, key.data(), copy.data(), empty.data());
}

struct GraphvizContext {
    GVC_t *gvc = gvContext();
    Agraph_t *graph = nullptr;
    bool laidOut = false;
    ~GraphvizContext()
    {
        if (graph) {
            if (laidOut) {
                gvFreeLayout(gvc, graph);
            }
            agclose(graph);
        }
        gvFreeContext(gvc);
    }
};

QString nodeLabel(const Claim &claim, int position)
{
    const QString date = claim.published.isValid() ? QLocale().toString(claim.published, QLocale::ShortFormat) : QString();
    QStringList lines { u"#%1"_s.arg(position + 1) };
    if (!claim.outlet.isEmpty()) {
        lines << claim.outlet;
    }
    if (!date.isEmpty()) {
        lines << date;
    }
    return lines.join(u'\n');
}

} // namespace

struct ThreadGraph::Placement {
    struct Edge {
        QPainterPath path; ///< from the link's source to its target
        QPointF label;
    };
    QHash<qint64, QPointF> centers;
    QList<Edge> edges; ///< in the order of ClaimThread::links
};

ThreadGraph::ThreadGraph(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(u"threadGraph"_s);
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
}

ThreadGraph::~ThreadGraph() = default;

QColor ThreadGraph::statusColor(const Theme &theme, ClaimStatus status)
{
    // Default styles whose colours read as the statuses do in Breeze Light and Dark alike: grey
    // for unverified, green for true, red for false, warm colours for the doubtful ones.
    Theme::TextStyle style = Theme::Comment;
    switch (status) {
    case ClaimStatus::Unverified:
        style = Theme::Comment;
        break;
    case ClaimStatus::True:
        style = Theme::Others;
        break;
    case ClaimStatus::MostlyTrue:
        style = Theme::Variable;
        break;
    case ClaimStatus::Misleading:
        style = Theme::Information;
        break;
    case ClaimStatus::False:
        style = Theme::Error;
        break;
    case ClaimStatus::Disputed:
        style = Theme::Annotation;
        break;
    case ClaimStatus::Retracted:
        style = Theme::Documentation;
        break;
    }
    return themeColor(theme.textColor(style), themeColor(theme.textColor(Theme::Normal), QColor()));
}

QColor ThreadGraph::outletColor(const Theme &theme, const QString &outlet)
{
    static const Theme::TextStyle styles[] = { Theme::DataType, Theme::Function, Theme::Extension, Theme::Import,
        Theme::Operator, Theme::SpecialChar, Theme::Keyword, Theme::BaseN };
    const size_t pick = qHash(outlet.toCaseFolded(), 0) % std::size(styles);
    return themeColor(theme.textColor(styles[pick]), themeColor(theme.textColor(Theme::Normal), QColor()));
}

void ThreadGraph::clear()
{
    scene()->clear();
    m_centers.clear();
    m_edgeCount = 0;
}

void ThreadGraph::setThread(const ClaimThread &thread, const Theme &theme)
{
    clear();
    m_layoutError.clear();
    Placement placement;
    if (!layOut(thread, placement)) {
        layOutInColumn(thread, placement);
    }
    const QColor background = themeColor(theme.editorColor(Theme::BackgroundColor), palette().color(QPalette::Base));
    const QColor text = themeColor(theme.textColor(Theme::Normal), palette().color(QPalette::Text));
    setBackgroundBrush(background);
    const QSizeF nodeSize(NodeWidth * PointsPerInch, NodeHeight * PointsPerInch);

    for (qsizetype i = 0; i < thread.links.size() && i < placement.edges.size(); ++i) {
        const ClaimLink &link = thread.links.at(i);
        const Placement::Edge &edge = placement.edges.at(i);
        QPen pen(text, 1.4);
        if (link.relation == ClaimRelation::Contradicts) {
            pen.setStyle(Qt::DashLine);
        }
        auto path = scene()->addPath(edge.path, pen);
        path->setZValue(0);
        // The arrow head at the target, along the curve's last direction.
        const QPointF tip = edge.path.pointAtPercent(1.0);
        const QPointF before = edge.path.pointAtPercent(0.97);
        const QLineF back(tip, before);
        if (back.length() > 0.01) {
            const qreal angle = qDegreesToRadians(back.angle());
            const auto wing = [&](qreal turn) {
                return tip + QPointF(qCos(angle + turn) * 9.0, -qSin(angle + turn) * 9.0);
            };
            scene()->addPolygon(QPolygonF({ tip, wing(0.4), wing(-0.4) }), QPen(text), QBrush(text))->setZValue(1);
        }
        auto label = scene()->addSimpleText(ClaimNames::relationPhrase(link.relation, true));
        label->setBrush(text);
        label->setPos(edge.label - QPointF(label->boundingRect().width() / 2, label->boundingRect().height() / 2));
        label->setZValue(2);
    }
    m_edgeCount = int(std::min(thread.links.size(), placement.edges.size()));

    for (qsizetype i = 0; i < thread.claims.size(); ++i) {
        const Claim &claim = thread.claims.at(i);
        const QPointF center = placement.centers.value(claim.id);
        const QRectF rect(center - QPointF(nodeSize.width() / 2, nodeSize.height() / 2), nodeSize);
        QPen outline(outletColor(theme, claim.outlet), 3.0);
        auto node = scene()->addRect(rect, outline, mix(statusColor(theme, claim.status), background, 0.35));
        node->setData(ClaimIdKey, claim.id);
        node->setZValue(3);
        node->setToolTip(tr("%1\n%2 · %3").arg(claim.anchor.exact, claim.outlet, ClaimNames::statusLabel(claim.status)));
        node->setCursor(Qt::PointingHandCursor);
        auto label = new QGraphicsSimpleTextItem(nodeLabel(claim, int(i)), node);
        label->setBrush(text);
        label->setPos(center - QPointF(label->boundingRect().width() / 2, label->boundingRect().height() / 2));
        m_centers.insert(claim.id, center);
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20));
}

bool ThreadGraph::layOut(const ClaimThread &thread, Placement &placement)
{
    if (thread.claims.isEmpty()) {
        return true;
    }
    // Graphviz reports warnings on stderr; errors are returned instead.
    agseterr(AGERR);
    GraphvizContext context;
    if (!context.gvc) {
        m_layoutError = tr("Graphviz could not start.");
        return false;
    }
    QByteArray name("thread");
    context.graph = agopen(name.data(), Agdirected, nullptr);
    Dateline::setAttribute(context.graph, "rankdir", "TB");
    Dateline::setAttribute(context.graph, "nodesep", "0.4");
    Dateline::setAttribute(context.graph, "ranksep", "0.6");
    QHash<qint64, Agnode_t *> nodes;
    QHash<qint64, int> position;
    const QByteArray width = QByteArray::number(NodeWidth);
    const QByteArray height = QByteArray::number(NodeHeight);
    for (qsizetype i = 0; i < thread.claims.size(); ++i) {
        QByteArray id = QByteArray::number(thread.claims.at(i).id);
        Agnode_t *node = agnode(context.graph, id.data(), 1);
        Dateline::setAttribute(node, "shape", "box");
        Dateline::setAttribute(node, "fixedsize", "true");
        Dateline::setAttribute(node, "width", width);
        Dateline::setAttribute(node, "height", height);
        Dateline::setAttribute(node, "label", "");
        nodes.insert(thread.claims.at(i).id, node);
        position.insert(thread.claims.at(i).id, int(i));
    }
    QList<Agedge_t *> edges;
    QList<bool> reversed;
    for (const ClaimLink &link : thread.links) {
        Agnode_t *from = nodes.value(link.fromClaimId);
        Agnode_t *to = nodes.value(link.toClaimId);
        if (!from || !to) {
            edges.append(nullptr);
            reversed.append(false);
            continue;
        }
        // Earlier to later, so that ranks follow the time line.
        const bool back = position.value(link.fromClaimId) > position.value(link.toClaimId);
        QByteArray key = QByteArray::number(link.id);
        Agedge_t *edge = agedge(context.graph, back ? to : from, back ? from : to, key.data(), 1);
        Dateline::setAttribute(edge, "dir", "none");
        Dateline::setAttribute(edge, "label", ClaimNames::relationPhrase(link.relation, true).toUtf8());
        edges.append(edge);
        reversed.append(back);
    }
    if (gvLayout(context.gvc, context.graph, "dot") != 0) {
        m_layoutError = tr("Graphviz could not lay out the thread (is its “dot” plugin installed?).");
        return false;
    }
    context.laidOut = true;
    const boxf box = GD_bb(context.graph);
    // Graphviz's y grows upwards; the scene's downwards.
    const auto toScene = [&box](pointf p) { return QPointF(p.x, box.UR.y - p.y); };
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        placement.centers.insert(it.key(), toScene(ND_coord(it.value())));
    }
    for (qsizetype i = 0; i < edges.size(); ++i) {
        Placement::Edge out;
        Agedge_t *edge = edges.at(i);
        if (edge && ED_spl(edge) && ED_spl(edge)->size > 0) {
            const bezier &curve = ED_spl(edge)->list[0];
            QList<QPointF> points;
            for (size_t p = 0; p < size_t(curve.size); ++p) {
                points.append(toScene(curve.list[p]));
            }
            if (reversed.at(i)) {
                std::reverse(points.begin(), points.end());
            }
            if (!points.isEmpty()) {
                out.path.moveTo(points.first());
                for (qsizetype p = 1; p + 2 < points.size(); p += 3) {
                    out.path.cubicTo(points.at(p), points.at(p + 1), points.at(p + 2));
                }
            }
            out.label = ED_label(edge) && ED_label(edge)->set ? toScene(ED_label(edge)->pos)
                                                              : out.path.pointAtPercent(0.5);
        }
        placement.edges.append(out);
    }
    return true;
}

void ThreadGraph::layOutInColumn(const ClaimThread &thread, Placement &placement)
{
    placement.centers.clear();
    placement.edges.clear();
    const qreal step = NodeHeight * PointsPerInch * 2;
    for (qsizetype i = 0; i < thread.claims.size(); ++i) {
        placement.centers.insert(thread.claims.at(i).id, QPointF(0, qreal(i) * step));
    }
    for (const ClaimLink &link : thread.links) {
        Placement::Edge edge;
        const QPointF from = placement.centers.value(link.fromClaimId);
        const QPointF to = placement.centers.value(link.toClaimId);
        edge.path.moveTo(from);
        edge.path.lineTo(to);
        edge.label = (from + to) / 2 + QPointF(NodeWidth * PointsPerInch * 0.6, 0);
        placement.edges.append(edge);
    }
}

void ThreadGraph::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton) {
        return;
    }
    for (QGraphicsItem *item = itemAt(event->position().toPoint()); item; item = item->parentItem()) {
        if (const QVariant id = item->data(ClaimIdKey); id.isValid()) {
            Q_EMIT claimActivated(id.toLongLong());
            return;
        }
    }
}

} // namespace Dateline
