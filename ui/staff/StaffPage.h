#pragma once

#include "access/Access.h"
#include "access/Staff.h"

#include <QDate>
#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace custos {
class Session;
class Vault;
} // namespace custos

namespace custos::ui {

class ClipboardGuard;
class StaffListModel;

// Staff management for managers and owners: everyone with their role, background check,
// card access and last sign-in; below the list what may be done to the selected employee. Each action asks
// access::decide / decideStaffChange first: what the signed-in employee may not do is disabled, with a tooltip saying
// why; the services check again.
//
// Keyboard: Ctrl+Shift+N add employee; in the list Enter opens the background checks,
// Ctrl+G gives card access, Delete deactivates.
class StaffPage : public QWidget
{
    Q_OBJECT
public:
    StaffPage(custos::Vault& vault, custos::Session& session, ClipboardGuard& clipboard, QWidget* parent = nullptr);
    ~StaffPage() override;

    StaffListModel* model() const { return m_model; }
    custos::access::StaffService& staffService() { return m_staff; }
    const custos::access::Actor& actor() const { return m_actor; }
    std::optional<qint64> currentEmployeeId() const;
    void selectEmployee(qint64 employeeId);

public slots:
    // Reads the list and the signed-in employee's rights again, keeping the selection.
    void refresh();
    void focusList();
    void addEmployee();
    void openChecks();
    void grantAccess();
    void revokeAccess();
    void toggleActive();
    void changeRole(custos::Role role);

signals:
    // Someone was added, changed, screened, granted or deactivated (for the access review and home page).
    void staffChanged();

private:
    const custos::access::StaffMember* currentMember() const;
    QDate today() const;
    void updateActions();
    void updateSummary();
    void setAction(QPushButton* button, const QString& whyNot, const QString& tip);
    void afterChange(qint64 employeeId);
    void showReactivated(const custos::access::StaffMember& member, QString password);

    custos::Session& m_session;
    ClipboardGuard& m_clipboard;
    custos::access::StaffService m_staff;
    custos::access::Actor m_actor;
    bool m_actorLoaded = false;
    StaffListModel* m_model = nullptr;

    QLabel* m_count = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_checksButton = nullptr;
    QPushButton* m_grantButton = nullptr;
    QPushButton* m_revokeButton = nullptr;
    QPushButton* m_roleButton = nullptr;
    QMenu* m_roleMenu = nullptr;
    QPushButton* m_activeButton = nullptr;
};

} // namespace custos::ui
