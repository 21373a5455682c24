#include "orders/OrderListModel.h"

#include <QLocale>

namespace custos::ui {

OrderListModel::OrderListModel(custos::Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_orders(session), m_cards(cardMaskFor(session))
{}

void OrderListModel::setFilter(const OrderFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_cardTexts.clear();
    m_exhausted = false;
    endResetModel();
    auto count = m_orders.count(m_filter);
    m_total = count ? count.value() : -1;
    if (!count)
        emit loadFailed(count.errorMessage());
    // The first page now, so the list and its count agree before the view asks.
    fetchMore({});
    emit countChanged(m_total);
}

qint64 OrderListModel::orderId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int OrderListModel::rowOf(qint64 orderId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == orderId)
            return row;
    return -1;
}

int OrderListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool OrderListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void OrderListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    OrderPage page;
    page.limit = kPageSize;
    if (!m_rows.isEmpty())
        page.after = OrderCursor{m_rows.constLast().createdAt, m_rows.constLast().id};
    auto rows = m_orders.list(m_filter, OrderSort::NewestFirst, page);
    if (!rows) {
        m_exhausted = true;
        emit loadFailed(rows.errorMessage());
        return;
    }
    m_exhausted = rows->size() < kPageSize;
    if (rows->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size()) - 1);
    for (const OrderListRow& row : rows.value())
        m_cardTexts << m_cards.text(row);
    m_rows += rows.value();
    endInsertRows();
}

QVariant OrderListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OrderListRow& row = m_rows.at(index.row());
    if (role == OrderIdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == TotalColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return row.number;
    case DateColumn:
        return QLocale().toString(row.createdAt.toLocalTime(), QLocale::ShortFormat);
    case CustomerColumn:
        return row.customerName;
    case ChannelColumn:
        return channelDisplayName(row.channel);
    case StatusColumn:
        return orderStatusDisplayName(row.status);
    case TotalColumn:
        return row.total.toString();
    case CardColumn: {
        const QString& card = m_cardTexts.at(index.row());
        return card.isEmpty() ? QStringLiteral("—") : card;
    }
    }
    return {};
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == TotalColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case DateColumn:
        return tr("Date");
    case CustomerColumn:
        return tr("Customer");
    case ChannelColumn:
        return tr("Channel");
    case StatusColumn:
        return tr("Status");
    case TotalColumn:
        return tr("Total");
    case CardColumn:
        return tr("Card");
    }
    return {};
}

} // namespace custos::ui
