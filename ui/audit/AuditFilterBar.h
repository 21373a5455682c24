#pragma once

#include "audit/AuditLog.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPushButton;

namespace custos::ui {

// The audit page's filters: employee, action (a group such as "Card numbers" or one action),
// outcome and a range of local days (each bound switched on by its check box). Every change
// applies at once (changed()); Reset clears them all.
class AuditFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit AuditFilterBar(QWidget* parent = nullptr);

    void setEmployees(const QList<custos::AuditActor>& employees);
    void setActions(const QStringList& actions);
    // The filters as a query (actor, action, outcome, days); scope and paging are the page's.
    custos::AuditQuery query() const;
    bool isFiltered() const;

    // The known action groups, as prefixes ("card.") with their names.
    static QList<std::pair<QString, QString>> actionGroups();

public slots:
    void reset();

signals:
    void changed();

private:
    void keepRangeOrdered(QDateEdit* moved);

    QComboBox* m_employee = nullptr;
    QComboBox* m_action = nullptr;
    QComboBox* m_outcome = nullptr;
    QCheckBox* m_fromEnabled = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_toEnabled = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_reset = nullptr;
};

} // namespace custos::ui
