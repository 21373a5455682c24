#pragma once

#include "access/Staff.h"
#include "domain/Screening.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace custos::ui {

// An employee's background checks (PCI DSS 12.7): the history, newest first, and a form to
// record a new check or to decide or correct the selected one. The form checks itself with
// validateScreeningCheck as it is filled in; the service checks again and audits the change.
class ScreeningDialog : public QDialog
{
    Q_OBJECT
public:
    // `names`: employee id -> full name, for the "Recorded by" column.
    ScreeningDialog(custos::access::StaffService& staff, const custos::access::StaffMember& member, const QDate& today,
                    QHash<qint64, QString> names, QWidget* parent = nullptr);

    const QList<custos::ScreeningCheck>& checks() const { return m_checks; }
    // The check the form would save now (id 0 for a new one).
    custos::ScreeningCheck formCheck() const;

signals:
    void checksChanged(qint64 employeeId);

public slots:
    void accept() override;
    void startNewCheck();

private:
    void reload();
    void fillHistory();
    void loadIntoForm(const custos::ScreeningCheck& check);
    void updateFormState();
    void validate();
    void selectionChanged();

    custos::access::StaffService& m_staff;
    custos::access::StaffMember m_member;
    QDate m_today;
    QHash<qint64, QString> m_names;
    QList<custos::ScreeningCheck> m_checks;
    qint64 m_editingId = 0;
    bool m_touched = false;

    QLabel* m_status = nullptr;
    QTableWidget* m_history = nullptr;
    QLabel* m_formTitle = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_provider = nullptr;
    QLineEdit* m_reference = nullptr;
    QDateEdit* m_requested = nullptr;
    QComboBox* m_result = nullptr;
    QDateEdit* m_decided = nullptr;
    QDateEdit* m_expires = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_saved = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_new = nullptr;
};

} // namespace custos::ui
