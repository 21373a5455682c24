#pragma once

#include "orders/CustomerRights.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace custos {
class Session;
}

namespace custos::ui {

// GDPR Art. 17 erasure of one customer (owners). Says what will happen (orders kept for the
// accounts, card numbers destroyed), or why it cannot (orders still in progress, named), and
// asks for the customer's name or ERASE typed out, a reason, and where to save the erasure
// certificate — which is written in the same action: if it cannot be saved, nothing is erased.
//
// Keyboard: the confirmation field has the focus; Tab to the reason and the certificate path,
// Enter erases once everything is filled in, Esc cancels.
class EraseCustomerDialog : public QDialog
{
    Q_OBJECT
public:
    EraseCustomerDialog(custos::Session& session, qint64 customerId, QWidget* parent = nullptr);

    // Whether the erasure may go ahead at all (no open orders, permission granted).
    bool canErase() const { return m_plan.has_value() && m_plan->canErase(); }
    const std::optional<custos::CustomerRights::ErasureResult>& result() const { return m_result; }

signals:
    void customerErased(qint64 customerId);

private:
    void updateButton();
    void chooseCertificatePath();
    void erase();
    bool confirmationMatches() const;

    custos::Session& m_session;
    qint64 m_customerId = 0;
    std::optional<custos::CustomerRights::ErasurePlan> m_plan;
    std::optional<custos::CustomerRights::ErasureResult> m_result;

    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_eraseButton = nullptr;
};

} // namespace custos::ui
