#pragma once

#include "orders/OrderExport.h"
#include "orders/OrderService.h"

#include <QAbstractTableModel>
#include <QList>

namespace custos::ui {

// The order list, read a page at a time: the view asks for more (canFetchMore/fetchMore) as
// the clerk scrolls, so a vault with a million orders opens as fast as one with ten. Cards
// appear masked for the signed-in employee's role (PCI DSS 3.4.1): a clerk sees the last 4, a
// manager or owner BIN + last 4; the full number never reaches the list.
class OrderListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    enum Column {
        NumberColumn,
        DateColumn,
        CustomerColumn,
        ChannelColumn,
        StatusColumn,
        TotalColumn,
        CardColumn,
        ColumnCount
    };
    enum Role { OrderIdRole = Qt::UserRole + 1 };

    explicit OrderListModel(custos::Session& session, QObject* parent = nullptr);

    // Starts again from the first page with `filter`.
    void setFilter(const OrderFilter& filter);
    const OrderFilter& filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    // Orders matching the filter (all pages), -1 when the count failed.
    int totalCount() const { return m_total; }
    access::CardMask cardMask() const { return m_cards.mask(); }
    qint64 orderId(int row) const;
    int rowOf(qint64 orderId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);
    void countChanged(int total);

private:
    OrderService m_orders;
    OrderCardMasker m_cards;
    OrderFilter m_filter;
    QList<OrderListRow> m_rows;
    QStringList m_cardTexts; // masked once per row as it is read, beside m_rows
    int m_total = 0;
    bool m_exhausted = true;
};

} // namespace custos::ui
