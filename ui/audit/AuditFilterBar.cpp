#include "audit/AuditFilterBar.h"

#include "main/AuditTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {

constexpr int kDefaultRangeDays = 7;

QDateEdit* dateEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setEnabled(false);
    return edit;
}

} // namespace

QList<std::pair<QString, QString>> AuditFilterBar::actionGroups()
{
    return {
        {u"session."_s, tr("Sign-ins and locks")},
        {u"account."_s, tr("Passwords and recovery")},
        {u"employee."_s, tr("Staff changes")},
        {u"screening."_s, tr("Background checks")},
        {u"disclosure."_s, tr("Disclosure grants")},
        {u"card."_s, tr("Card numbers shown or copied")},
        {u"customer."_s, tr("Customers")},
        {u"order."_s, tr("Orders")},
        {u"orders."_s, tr("Order exports")},
        {u"document."_s, tr("Documents")},
        {u"settings."_s, tr("Settings")},
        {u"access_review."_s, tr("Access reviews")},
        {u"audit."_s, tr("Audit log")},
        {u"vault."_s, tr("Vault")},
    };
}

AuditFilterBar::AuditFilterBar(QWidget* parent) : QWidget(parent)
{
    m_employee = new QComboBox(this);
    m_employee->setObjectName(u"auditEmployeeFilter"_s);
    m_employee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_employee->setMinimumContentsLength(18);
    auto* employeeLabel = new QLabel(tr("&Employee:"), this);
    employeeLabel->setBuddy(m_employee);

    m_action = new QComboBox(this);
    m_action->setObjectName(u"auditActionFilter"_s);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMinimumContentsLength(24);
    auto* actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_action);
    setActions({});

    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(u"auditOutcomeFilter"_s);
    m_outcome->addItem(tr("Any outcome"), QString());
    for (const QString& outcome : {audit::kSuccess, audit::kFailure, audit::kDenied})
        m_outcome->addItem(AuditTableModel::outcomeText(outcome), outcome);
    auto* outcomeLabel = new QLabel(tr("O&utcome:"), this);
    outcomeLabel->setBuddy(m_outcome);

    m_fromEnabled = new QCheckBox(tr("&From"), this);
    m_fromEnabled->setObjectName(u"auditFromEnabled"_s);
    m_from = dateEdit(u"auditFromDate"_s, this);
    m_toEnabled = new QCheckBox(tr("&To"), this);
    m_toEnabled->setObjectName(u"auditToEnabled"_s);
    m_to = dateEdit(u"auditToDate"_s, this);

    m_reset = new QPushButton(tr("&Reset"), this);
    m_reset->setObjectName(u"auditResetFilters"_s);
    m_reset->setToolTip(tr("Show every event again"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(employeeLabel);
    layout->addWidget(m_employee);
    layout->addSpacing(8);
    layout->addWidget(actionLabel);
    layout->addWidget(m_action);
    layout->addSpacing(8);
    layout->addWidget(outcomeLabel);
    layout->addWidget(m_outcome);
    layout->addSpacing(8);
    layout->addWidget(m_fromEnabled);
    layout->addWidget(m_from);
    layout->addWidget(m_toEnabled);
    layout->addWidget(m_to);
    layout->addStretch(1);
    layout->addWidget(m_reset);

    reset();

    for (QComboBox* combo : {m_employee, m_action, m_outcome})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditFilterBar::changed);
    connect(m_fromEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        if (on)
            keepRangeOrdered(m_from);
        emit changed();
    });
    connect(m_toEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_to->setEnabled(on);
        if (on)
            keepRangeOrdered(m_to);
        emit changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        keepRangeOrdered(m_from);
        emit changed();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        keepRangeOrdered(m_to);
        emit changed();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        reset();
        emit changed();
    });
}

void AuditFilterBar::keepRangeOrdered(QDateEdit* moved)
{
    // Moving one end past the other drags the other along, rather than showing nothing.
    if (!m_fromEnabled->isChecked() || !m_toEnabled->isChecked() || m_from->date() <= m_to->date())
        return;
    QDateEdit* other = moved == m_from ? m_to : m_from;
    const QSignalBlocker block(other);
    other->setDate(moved->date());
}

void AuditFilterBar::setEmployees(const QList<custos::AuditActor>& employees)
{
    const QVariant current = m_employee->currentData();
    const QSignalBlocker block(m_employee);
    m_employee->clear();
    m_employee->addItem(tr("Everyone"), QVariant());
    for (const AuditActor& a : employees) {
        const QString label =
            a.fullName.isEmpty() || a.fullName == a.username ? a.username : tr("%1 (%2)").arg(a.fullName, a.username);
        m_employee->addItem(label, a.id);
    }
    const int keep = current.isValid() ? m_employee->findData(current) : 0;
    m_employee->setCurrentIndex(keep >= 0 ? keep : 0);
}

void AuditFilterBar::setActions(const QStringList& actions)
{
    const QString current = m_action->currentData().toString();
    const QSignalBlocker block(m_action);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    const auto groups = actionGroups();
    for (const auto& [prefix, name] : groups)
        m_action->addItem(tr("%1 (all)").arg(name), prefix);
    if (!actions.isEmpty())
        m_action->insertSeparator(m_action->count());
    // One entry per action in the log, in plain words, sorted by them.
    QList<std::pair<QString, QString>> named;
    for (const QString& action : actions)
        named.append({AuditTableModel::actionText(action), action});
    std::sort(named.begin(), named.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto& [text, action] : std::as_const(named))
        m_action->addItem(text == action ? text : tr("%1 — %2").arg(text, action), action);
    const int keep = m_action->findData(current);
    m_action->setCurrentIndex(keep >= 0 ? keep : 0);
}

custos::AuditQuery AuditFilterBar::query() const
{
    AuditQuery q;
    if (m_employee->currentData().isValid())
        q.actorId = m_employee->currentData().toLongLong();
    q.action = m_action->currentData().toString();
    q.outcome = m_outcome->currentData().toString();
    if (m_fromEnabled->isChecked())
        q.fromDay = m_from->date();
    if (m_toEnabled->isChecked())
        q.toDay = m_to->date();
    return q;
}

bool AuditFilterBar::isFiltered() const
{
    return m_employee->currentIndex() > 0 || m_action->currentIndex() > 0 || m_outcome->currentIndex() > 0 ||
           m_fromEnabled->isChecked() || m_toEnabled->isChecked();
}

void AuditFilterBar::reset()
{
    const QSignalBlocker b1(m_employee), b2(m_action), b3(m_outcome), b4(m_fromEnabled), b5(m_toEnabled), b6(m_from),
        b7(m_to);
    m_employee->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_outcome->setCurrentIndex(0);
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addDays(-kDefaultRangeDays));
    m_to->setDate(today);
}

} // namespace custos::ui
