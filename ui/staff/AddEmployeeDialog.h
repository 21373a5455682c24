#pragma once

#include "access/Access.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace custos::access {
class StaffService;
}

namespace custos::ui {

class ClipboardGuard;
class OneTimePasswordView;

// Adds an employee: full name, user name and role (only the roles the actor may give are
// offered). On success the dialog turns into the one-time password page; closing it forgets
// the password for good.
class AddEmployeeDialog : public QDialog
{
    Q_OBJECT
public:
    AddEmployeeDialog(custos::access::StaffService& staff, const custos::access::Actor& actor,
                      ClipboardGuard& clipboard, QWidget* parent = nullptr);
    ~AddEmployeeDialog() override;

    bool isShowingPassword() const;
    OneTimePasswordView* passwordView() const { return m_passwordView; }

signals:
    void employeeAdded(const QString& username);

public slots:
    void accept() override;
    void done(int result) override;

private:
    void add();
    void suggestUsername();

    custos::access::StaffService& m_staff;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_fullName = nullptr;
    QLineEdit* m_username = nullptr;
    QComboBox* m_role = nullptr;
    QLabel* m_roleHint = nullptr;
    QLabel* m_error = nullptr;
    OneTimePasswordView* m_passwordView = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_doneButton = nullptr;
    bool m_usernameEdited = false;
};

} // namespace custos::ui
