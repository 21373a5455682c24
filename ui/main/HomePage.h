#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace custos {
class Session;
class Vault;
} // namespace custos

namespace custos::ui {

class AuditTableModel;
class ClipboardGuard;

// The workspace's first page: who is signed in, the business card, a password-expiry notice,
// for managers and owners a staff notice (background checks about to expire, dormant accounts,
// the access review falling due), and the recent audit events (all for owners and managers,
// one's own for clerks).
class HomePage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRecentEvents = 50;
    static constexpr int kExpiryNoticeDays = 14;

    HomePage(custos::Vault& vault, custos::Session& session, ClipboardGuard& clipboard, QWidget* parent = nullptr);

    // Reloads everything from the session (after a password change or a profile edit).
    void refresh();
    // Reloads the staff notice only (after staff, checks, grants or the review changed).
    void refreshNotices();
    AuditTableModel* activityModel() const { return m_model; }
    // Owners: the latest security self-check's outcome (a notice linking to the Security check page).
    void showSelfCheckSummary(int problems, int warnings);

signals:
    void changePasswordRequested();
    // A notice's link asks for a workspace page ("staff", "review").
    void pageRequested(const QString& page);

private:
    QWidget* buildBusinessCard();
    void refreshBusinessCard();
    void refreshActivity();
    void copySelectedRows();

    custos::Vault& m_vault;
    custos::Session& m_session;
    ClipboardGuard& m_clipboard;
    QLabel* m_signedIn = nullptr;
    QLabel* m_expiryNotice = nullptr;
    QLabel* m_staffNotice = nullptr;
    QLabel* m_legalName = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_phone = nullptr;
    QLabel* m_fax = nullptr;
    QLabel* m_email = nullptr;
    QLabel* m_privacyContact = nullptr;
    QLabel* m_activityScope = nullptr;
    QLabel* m_activityError = nullptr;
    QTableView* m_table = nullptr;
    AuditTableModel* m_model = nullptr;
};

} // namespace custos::ui
