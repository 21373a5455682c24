#pragma once

#include "access/Access.h"
#include "access/AccessReview.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace custos {
class Session;
class Vault;
} // namespace custos

namespace custos::ui {

// The access review (PCI DSS 7.2.4): every employee with role, account, background check,
// card access, last sign-in and card reveals in the last 90 days, and the sign-off an owner
// or manager gives every six months. Shows the last sign-off and when the next one is due.
class AccessReviewPage : public QWidget
{
    Q_OBJECT
public:
    AccessReviewPage(custos::Vault& vault, custos::Session& session, QWidget* parent = nullptr);

    const QList<custos::access::AccessReviewRow>& rows() const { return m_rows; }
    QTableWidget* table() const { return m_table; }
    // "1 employee", "5 employees".
    static QString employeeCount(int n);

public slots:
    void refresh();
    void focusList();
    void signOff();

signals:
    void signedOff();

private:
    void fillTable();
    void showStatus();

    custos::Session& m_session;
    custos::access::AccessReview m_review;
    QList<custos::access::AccessReviewRow> m_rows;
    QLabel* m_status = nullptr;
    QLabel* m_lastNotes = nullptr;
    QLabel* m_error = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_signOff = nullptr;
};

} // namespace custos::ui
