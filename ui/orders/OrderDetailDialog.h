#pragma once

#include "access/Access.h"
#include "crypto/SecureBytes.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <chrono>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace custos {
class Session;
}

namespace custos::ui {

class ClipboardGuard;

// One order: header, lines and totals, the card (masked for the role: a clerk sees the last 4,
// a manager or owner BIN + last 4; whether the sealed number is still held or was purged), the
// status history, and a button for each next status the workflow allows, with an optional
// note. Problems show inside the dialog.
//
// Reveal (PCI DSS 3.4.1, 10.2.1.1): for a role that may reveal card numbers, "Reveal…" asks
// why; with a grant and a cleared check the full number shows, grouped in fours, with a
// countdown, and masks itself again after the reveal time ("access.reveal_seconds", owners set
// it in the security policy). "Copy" puts it on the clipboard marked secret, cleared after the
// same time if unchanged. The digits live in SecureBytes, wiped when the number hides, the
// dialog closes or the session locks. Whatever the buttons say, Disclosure::revealPan decides
// and audits every request; a refusal shows here.
class OrderDetailDialog : public QDialog
{
    Q_OBJECT
public:
    // The setting and its bounds, in seconds.
    static constexpr const char* kRevealSecondsSetting = "access.reveal_seconds";
    static constexpr int kDefaultRevealSeconds = 30;
    static constexpr int kMinRevealSeconds = 5;
    static constexpr int kMaxRevealSeconds = 120;
    // The stored reveal time, clamped to the bounds; the default when unset or unreadable.
    static int revealSeconds(custos::Session& session);

    // `clipboard`: the workspace's guard, so a copied number outlives the dialog until its
    // timer, the lock or sign-out; without one the dialog keeps its own (cleared when it closes).
    OrderDetailDialog(custos::Session& session, qint64 orderId, QWidget* parent = nullptr,
                      ClipboardGuard* clipboard = nullptr);
    ~OrderDetailDialog() override;

    qint64 orderId() const { return m_orderId; }
    // Moves the order on; false (and the reason shown) when the service refused.
    bool changeStatus(OrderStatus to);

    // Asks the service for the full number with `reason` (what the reason field's button does).
    // False, with the refusal shown, when the service says no.
    bool reveal(const QString& reason);
    // Masks the number again and wipes the digits.
    void hideNumber();
    // Copies the shown number to the clipboard (secret, self-clearing) and audits the copy.
    bool copyNumber();
    bool isNumberShown() const { return !m_revealed.isEmpty(); }
    // How long a reveal lasts; the setting unless a test shortened it.
    std::chrono::milliseconds revealDuration() const { return m_revealDuration; }
    // Test hook (as the injectable clocks): shorter reveal and clipboard times than the
    // setting's 5 s minimum.
    void setRevealDuration(std::chrono::milliseconds duration) { m_revealDuration = duration; }

signals:
    void statusChanged(qint64 orderId);
    void numberHidden();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void buildRevealArea(QWidget* cardBox, QVBoxLayout* cardLayout);
    void updateRevealAccess();
    void setReasonPanelShown(bool shown);
    void startReveal();
    void cancelReveal();
    void validateReasonField();
    void updateCountdown();
    void wipeNumber();
    void load();
    void fillLines(const Order& order);
    void fillCard(const Order& order);
    void fillHistory();
    void rebuildStatusButtons(OrderStatus current);
    void setError(const QString& message);

    custos::Session& m_session;
    OrderService m_orders;
    CustomerService m_customers;
    qint64 m_orderId = 0;
    std::optional<OrderCardSummary> m_cardSummary;
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
    QPushButton* m_printConfirmation = nullptr;
    QLabel* m_error = nullptr;

    // Reveal
    QPointer<ClipboardGuard> m_clipboard;
    QPushButton* m_revealButton = nullptr;
    QLabel* m_revealDenied = nullptr;
    QWidget* m_reasonPanel = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_reasonError = nullptr;
    QPushButton* m_showNumber = nullptr;
    QWidget* m_revealedPanel = nullptr;
    QLineEdit* m_revealedNumber = nullptr;
    QLabel* m_countdown = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_copied = nullptr;
    QLabel* m_revealError = nullptr;
    crypto::SecureBytes m_revealed; // ASCII digits while shown, else empty
    std::chrono::milliseconds m_revealDuration;
    QDeadlineTimer m_revealDeadline;
    QTimer m_hideTimer;
    QTimer m_tick;
};

} // namespace custos::ui
