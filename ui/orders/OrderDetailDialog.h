#pragma once

#include "orders/CustomerService.h"
#include "orders/OrderService.h"

#include <QDialog>
#include <QList>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace custos {
class Session;
}

namespace custos::ui {

// One order: header, lines and totals, the card (last 4; whether the sealed number is still
// held or was purged), the status history, and a button for each next status the workflow
// allows, with an optional note. Problems show inside the dialog.
class OrderDetailDialog : public QDialog
{
    Q_OBJECT
public:
    OrderDetailDialog(custos::Session& session, qint64 orderId, QWidget* parent = nullptr);

    qint64 orderId() const { return m_orderId; }
    // Moves the order on; false (and the reason shown) when the service refused.
    bool changeStatus(OrderStatus to);

signals:
    void statusChanged(qint64 orderId);

private:
    void load();
    void fillLines(const Order& order);
    void fillCard(const Order& order);
    void fillHistory();
    void rebuildStatusButtons(OrderStatus current);
    void setError(const QString& message);

    OrderService m_orders;
    CustomerService m_customers;
    qint64 m_orderId = 0;
    QLabel* m_number = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_lines = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_card = nullptr;
    QLabel* m_cardSeal = nullptr;
    QLabel* m_notes = nullptr;
    QTableWidget* m_history = nullptr;
    QLineEdit* m_note = nullptr;
    QHBoxLayout* m_statusButtons = nullptr;
    QList<QPushButton*> m_buttons;
    QPushButton* m_close = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace custos::ui
