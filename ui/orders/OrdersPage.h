#pragma once

#include "orders/OrderService.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace custos {
class Session;
}

namespace custos::ui {

class OrderListModel;

// The order list: filters (status, channel, dates, customer or order number), a table read page
// by page, Enter or double-click for the order's detail, and "Export CSV…" of what the filters
// show. Cards appear masked by role (clerks: brand and last 4; managers and owners: BIN + last 4).
class OrdersPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 250;
    static constexpr int kDefaultDays = 30;

    OrdersPage(custos::Session& session, QWidget* parent = nullptr);

    OrderListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    OrderFilter currentFilter() const;
    // Test hook (as Messages::nextAnswer): the next export writes here instead of asking.
    void setNextExportPath(const QString& path) { m_nextExportPath = path; }

public slots:
    // Runs the filter again (after an order was saved or changed), keeping the current order.
    void refresh();
    void focusList();
    void openCurrentOrder();
    void exportCsv();

signals:
    void newOrderRequested();

private:
    QWidget* buildFilters();
    void openOrder(qint64 orderId);
    void updateCount(int total);
    void setMessage(const QString& text, bool error);

    custos::Session& m_session;
    OrderService m_orders;
    OrderListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_channel = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QList<QCheckBox*> m_statuses;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_export = nullptr;
    QTimer* m_searchTimer = nullptr;
    QString m_nextExportPath;
};

} // namespace custos::ui
