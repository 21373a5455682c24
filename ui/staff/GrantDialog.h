#pragma once

#include "access/Staff.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace custos {
class Session;
}

namespace custos::ui {

// Gives an employee card access (a disclosure grant): a reason and an end date, at most the
// end of their clearance and by default a year. When the grantee cannot receive one (a clerk,
// not cleared, deactivated) or the actor cannot give one, the dialog says why and offers no
// Grant button; the service would refuse (and audit the refusal) anyway.
class GrantDialog : public QDialog
{
    Q_OBJECT
public:
    GrantDialog(custos::Session& session, const custos::access::Actor& actor,
                const custos::access::StaffMember& grantee, const QDate& today, QWidget* parent = nullptr);

    // Empty when the grant may be given, else why not (translated).
    static QString refusal(const custos::access::Actor& actor, const custos::access::StaffMember& grantee);
    // min(today + Disclosure::kDefaultGrantDays, clearance end).
    static QDate defaultUntil(const custos::access::StaffMember& grantee, const QDate& today);

    bool isRefused() const { return !m_refusal.isEmpty(); }

signals:
    void granted(qint64 employeeId);

public slots:
    void accept() override;

private:
    custos::Session& m_session;
    custos::access::StaffMember m_grantee;
    QDate m_today;
    QString m_refusal;
    QLabel* m_refusedLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    QDateEdit* m_until = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_grant = nullptr;
};

} // namespace custos::ui
