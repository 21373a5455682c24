#include "staff/ScreeningDialog.h"

#include "setup/FormStyle.h"
#include "staff/StaffStyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace custos::ui {

using custos::ScreeningCheck;
using custos::ScreeningResult;
using custos::ScreeningStatus;
using custos::ScreeningType;

namespace {

enum HistoryColumn {
    TypeColumn,
    ProviderColumn,
    ReferenceColumn,
    RequestedColumn,
    DecidedColumn,
    ResultColumn,
    ExpiresColumn,
    RecordedByColumn,
    HistoryColumnCount
};

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

QString dateOrDash(const QDate& date)
{
    return date.isValid() ? shortDate(date) : u"—"_s;
}

QDateEdit* makeDateEdit(QWidget* parent, const QString& objectName, const QDate& date)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setMinimumDate(QDate(2000, 1, 1));
    return edit;
}

} // namespace

ScreeningDialog::ScreeningDialog(custos::access::StaffService& staff, const custos::access::StaffMember& member,
                                 const QDate& today, QHash<qint64, QString> names, QWidget* parent)
    : QDialog(parent), m_staff(staff), m_member(member), m_today(today), m_names(std::move(names))
{
    setObjectName(u"screeningDialog"_s);
    setWindowTitle(tr("Background checks — %1").arg(member.employee.fullName));
    setSizeGripEnabled(true);

    auto* heading =
        new QLabel(tr("%1 · %2").arg(member.employee.fullName, roleDisplayName(member.employee.role)), this);
    heading->setTextFormat(Qt::PlainText);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    m_status = new QLabel(this);
    m_status->setObjectName(u"screeningStatusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);

    auto* historyBox = new QGroupBox(tr("History"), this);
    m_history = new QTableWidget(0, HistoryColumnCount, historyBox);
    m_history->setObjectName(u"screeningHistoryTable"_s);
    m_history->setHorizontalHeaderLabels({tr("Type"), tr("Provider"), tr("Reference"), tr("Requested"), tr("Decided"),
                                          tr("Result"), tr("Expires"), tr("Recorded by")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setTabKeyNavigation(false);
    m_history->setWordWrap(false);
    m_history->setAlternatingRowColors(true);
    m_history->verticalHeader()->setVisible(false);
    m_history->verticalHeader()->setDefaultSectionSize(m_history->fontMetrics().height() + 8);
    m_history->horizontalHeader()->setHighlightSections(false);
    m_history->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(ProviderColumn, QHeaderView::Stretch);
    m_history->setMinimumHeight(m_history->verticalHeader()->defaultSectionSize() * 5);
    auto* historyHint = makeHint(tr("Select a check to decide it or correct it."), historyBox, u"historyHint"_s);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history, 1);
    historyLayout->addWidget(historyHint);
    connect(m_history->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScreeningDialog::selectionChanged);

    auto* formBox = new QGroupBox(this);
    m_formTitle = new QLabel(formBox);
    m_formTitle->setObjectName(u"screeningFormTitle"_s);
    QFont bold = m_formTitle->font();
    bold.setBold(true);
    m_formTitle->setFont(bold);
    m_type = new QComboBox(formBox);
    m_type->setObjectName(u"screeningTypeCombo"_s);
    for (ScreeningType type :
         {ScreeningType::Identity, ScreeningType::CriminalRecord, ScreeningType::Credit, ScreeningType::References})
        m_type->addItem(custos::screeningTypeDisplayName(type), int(type));
    m_provider = new QLineEdit(formBox);
    m_provider->setObjectName(u"screeningProviderEdit"_s);
    m_provider->setMaxLength(200);
    m_provider->setPlaceholderText(tr("Who runs the check, e.g. Disclosure and Barring Service"));
    m_reference = new QLineEdit(formBox);
    m_reference->setObjectName(u"screeningReferenceEdit"_s);
    m_reference->setMaxLength(200);
    m_reference->setPlaceholderText(tr("The provider's reference number"));
    m_requested = makeDateEdit(formBox, u"screeningRequestedEdit"_s, today);
    m_result = new QComboBox(formBox);
    m_result->setObjectName(u"screeningResultCombo"_s);
    for (ScreeningResult result : {ScreeningResult::Pending, ScreeningResult::Cleared, ScreeningResult::Failed})
        m_result->addItem(statusDot(screeningResultColor(result)), custos::screeningResultDisplayName(result),
                          int(result));
    m_decided = makeDateEdit(formBox, u"screeningDecidedEdit"_s, today);
    m_expires = makeDateEdit(formBox, u"screeningExpiresEdit"_s, today.addYears(1));
    m_notes = new QLineEdit(formBox);
    m_notes->setObjectName(u"screeningNotesEdit"_s);
    m_notes->setMaxLength(200);
    m_notes->setPlaceholderText(tr("Optional. Never a national ID number or other sensitive detail."));
    m_error = makeInlineError(formBox, u"screeningError"_s);

    auto* dates = new QHBoxLayout;
    dates->addWidget(m_decided);
    auto* expiresLabel = new QLabel(tr("E&xpires on:"), formBox);
    expiresLabel->setBuddy(m_expires);
    dates->addSpacing(12);
    dates->addWidget(expiresLabel);
    dates->addWidget(m_expires);
    dates->addStretch(1);
    auto* decidedLabel = new QLabel(tr("&Decided on:"), formBox);
    decidedLabel->setBuddy(m_decided);
    // Fields keep their natural width: a long combo box reads worse than a short one.
    int textWidth = 0;
    for (QLineEdit* edit : {m_provider, m_reference, m_notes})
        textWidth = std::max(textWidth, edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 40);
    for (QLineEdit* edit : {m_provider, m_reference, m_notes})
        edit->setMinimumWidth(textWidth);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("R&eference:"), m_reference);
    form->addRow(tr("Re&quested on:"), m_requested);
    form->addRow(tr("Re&sult:"), m_result);
    form->addRow(decidedLabel, dates);
    form->addRow(tr("&Notes:"), m_notes);

    m_save = new QPushButton(formBox);
    m_save->setObjectName(u"saveCheckButton"_s);
    m_save->setDefault(true);
    m_new = new QPushButton(tr("Ne&w check"), formBox);
    m_new->setObjectName(u"newCheckButton"_s);
    m_new->setAutoDefault(false);
    m_new->setToolTip(tr("Empty the form to record another check"));
    connect(m_save, &QPushButton::clicked, this, &ScreeningDialog::accept);
    connect(m_new, &QPushButton::clicked, this, &ScreeningDialog::startNewCheck);
    m_saved = makeHint(QString(), formBox, u"screeningSavedLabel"_s);
    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_saved, 1);
    formButtons->addWidget(m_new);
    formButtons->addWidget(m_save);

    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->addWidget(m_formTitle);
    formLayout->addLayout(form);
    formLayout->addWidget(m_error);
    formLayout->addLayout(formButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(m_status);
    layout->addWidget(historyBox, 1);
    layout->addWidget(formBox);
    layout->addWidget(buttons);

    const auto touched = [this] {
        m_touched = true;
        m_saved->clear();
        updateFormState();
        validate();
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, touched);
    connect(m_result, &QComboBox::currentIndexChanged, this, touched);
    connect(m_provider, &QLineEdit::textEdited, this, touched);
    connect(m_reference, &QLineEdit::textEdited, this, touched);
    connect(m_notes, &QLineEdit::textEdited, this, touched);
    for (QDateEdit* edit : {m_requested, m_decided, m_expires})
        connect(edit, &QDateEdit::dateChanged, this, touched);
    // A clearance is usually valid for a fixed time after the decision: keep the gap when the
    // decision date moves, unless the expiry was set by hand.
    connect(m_decided, &QDateEdit::dateChanged, this, [this](const QDate& decided) {
        if (m_editingId == 0 && m_expires->date() <= decided)
            m_expires->setDate(decided.addYears(1));
    });

    setTabOrder(m_type, m_provider);
    setTabOrder(m_provider, m_reference);
    setTabOrder(m_reference, m_requested);
    setTabOrder(m_requested, m_result);
    setTabOrder(m_result, m_decided);
    setTabOrder(m_decided, m_expires);
    setTabOrder(m_expires, m_notes);
    setTabOrder(m_notes, m_save);
    setTabOrder(m_save, m_new);
    setTabOrder(m_new, m_history);

    reload();
    startNewCheck();
    resize(820, 640);
}

void ScreeningDialog::reload()
{
    auto checks = m_staff.checks(m_member.employee.id);
    if (!checks) {
        m_checks.clear();
        showInlineError(m_error, checks.errorMessage());
    } else {
        m_checks = std::move(checks.value());
        // Newest first: the current check is what a manager looks for.
        std::stable_sort(m_checks.begin(), m_checks.end(), [](const ScreeningCheck& a, const ScreeningCheck& b) {
            if (a.requestedOn != b.requestedOn)
                return a.requestedOn > b.requestedOn;
            return a.id > b.id;
        });
    }
    const ScreeningStatus status = custos::deriveScreeningStatus(m_checks, m_today);
    const QDate until = custos::screeningClearedUntil(m_checks, m_today);
    QString text = tr("Current status: %1").arg(custos::screeningStatusDisplayName(status));
    if (status == ScreeningStatus::Cleared && until.isValid())
        text = tr("Current status: %1 until %2").arg(custos::screeningStatusDisplayName(status), shortDate(until));
    m_status->setText(text);
    m_status->setStyleSheet(statusBadgeStyle(screeningColor(status)));
    fillHistory();
}

void ScreeningDialog::fillHistory()
{
    const QSignalBlocker quiet(m_history->selectionModel());
    m_history->clearSelection();
    m_history->setRowCount(int(m_checks.size()));
    for (int row = 0; row < m_checks.size(); ++row) {
        const ScreeningCheck& c = m_checks.at(row);
        auto* type = cell(custos::screeningTypeDisplayName(c.type));
        type->setData(Qt::UserRole, c.id);
        m_history->setItem(row, TypeColumn, type);
        m_history->setItem(row, ProviderColumn, cell(c.provider));
        m_history->setItem(row, ReferenceColumn, cell(c.reference));
        m_history->setItem(row, RequestedColumn, cell(dateOrDash(c.requestedOn)));
        m_history->setItem(row, DecidedColumn, cell(dateOrDash(c.decidedOn)));
        auto* result = cell(custos::screeningResultDisplayName(c.result));
        result->setForeground(screeningResultColor(c.result));
        result->setIcon(statusDot(screeningResultColor(c.result)));
        m_history->setItem(row, ResultColumn, result);
        auto* expires = cell(dateOrDash(c.expiresOn));
        if (c.result == ScreeningResult::Cleared && c.expiresOn.isValid() && c.expiresOn < m_today) {
            expires->setText(tr("%1 (expired)").arg(shortDate(c.expiresOn)));
            expires->setForeground(screeningColor(ScreeningStatus::Expired));
        }
        m_history->setItem(row, ExpiresColumn, expires);
        QString by = u"—"_s;
        if (c.recordedBy)
            by = m_names.value(*c.recordedBy, tr("Employee %1").arg(*c.recordedBy));
        auto* recorded = cell(by);
        if (c.recordedAt.isValid())
            recorded->setToolTip(tr("Recorded %1").arg(shortDateTime(c.recordedAt)));
        m_history->setItem(row, RecordedByColumn, recorded);
        if (!c.notes.isEmpty())
            for (int column = 0; column < HistoryColumnCount; ++column)
                if (QTableWidgetItem* item = m_history->item(row, column); item && item->toolTip().isEmpty())
                    item->setToolTip(tr("Notes: %1").arg(c.notes));
    }
}

void ScreeningDialog::startNewCheck()
{
    m_editingId = 0;
    {
        const QSignalBlocker quiet(m_history->selectionModel());
        m_history->clearSelection();
    }
    ScreeningCheck fresh;
    fresh.employeeId = m_member.employee.id;
    fresh.requestedOn = m_today;
    fresh.decidedOn = m_today;
    fresh.expiresOn = m_today.addYears(1);
    loadIntoForm(fresh);
    m_formTitle->setText(tr("Record a new check"));
    m_save->setText(tr("&Record check"));
    m_save->setToolTip(tr("Save the check to %1's history (Enter)").arg(m_member.employee.fullName));
    m_new->setEnabled(false);
    m_type->setFocus();
}

void ScreeningDialog::loadIntoForm(const ScreeningCheck& check)
{
    const QSignalBlocker a(m_type), b(m_result), c(m_requested), d(m_decided), e(m_expires);
    m_type->setCurrentIndex(m_type->findData(int(check.type)));
    m_provider->setText(check.provider);
    m_reference->setText(check.reference);
    m_requested->setDate(check.requestedOn.isValid() ? check.requestedOn : m_today);
    m_result->setCurrentIndex(m_result->findData(int(check.result)));
    m_decided->setDate(check.decidedOn.isValid() ? check.decidedOn : m_today);
    const QDate base = check.decidedOn.isValid() ? check.decidedOn : m_today;
    m_expires->setDate(check.expiresOn.isValid() ? check.expiresOn : base.addYears(1));
    m_notes->setText(check.notes);
    m_touched = false;
    showInlineError(m_error, {});
    updateFormState();
}

void ScreeningDialog::selectionChanged()
{
    const QList<QModelIndex> rows = m_history->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    if (row < 0 || row >= m_checks.size())
        return;
    const ScreeningCheck& check = m_checks.at(row);
    loadIntoForm(check);
    m_editingId = check.id;
    m_formTitle->setText(check.result == ScreeningResult::Pending
                             ? tr("Decide the %1 check requested on %2")
                                   .arg(custos::screeningTypeDisplayName(check.type), shortDate(check.requestedOn))
                             : tr("Correct the %1 check requested on %2")
                                   .arg(custos::screeningTypeDisplayName(check.type), shortDate(check.requestedOn)));
    m_save->setText(tr("&Save changes"));
    m_save->setToolTip(tr("Save the changes to the selected check (Enter)"));
    m_new->setEnabled(true);
    m_saved->clear();
}

void ScreeningDialog::updateFormState()
{
    const auto result = ScreeningResult(m_result->currentData().toInt());
    m_decided->setEnabled(result != ScreeningResult::Pending);
    m_expires->setEnabled(result == ScreeningResult::Cleared);
    m_decided->setToolTip(result == ScreeningResult::Pending ? tr("A pending check has no decision yet.") : QString());
    m_expires->setToolTip(result == ScreeningResult::Cleared ? tr("The last day the clearance is valid.")
                                                             : tr("Only a cleared check has an expiry date."));
}

ScreeningCheck ScreeningDialog::formCheck() const
{
    ScreeningCheck check;
    if (m_editingId != 0) {
        for (const ScreeningCheck& existing : m_checks)
            if (existing.id == m_editingId)
                check = existing;
    }
    check.id = m_editingId;
    check.employeeId = m_member.employee.id;
    check.type = ScreeningType(m_type->currentData().toInt());
    check.provider = m_provider->text().trimmed();
    check.reference = m_reference->text().trimmed();
    check.requestedOn = m_requested->date();
    check.result = ScreeningResult(m_result->currentData().toInt());
    check.decidedOn = check.result == ScreeningResult::Pending ? QDate() : m_decided->date();
    check.expiresOn = check.result == ScreeningResult::Cleared ? m_expires->date() : QDate();
    check.notes = m_notes->text().trimmed();
    return check;
}

void ScreeningDialog::validate()
{
    if (!m_touched)
        return;
    showInlineError(m_error, custos::validateScreeningCheck(formCheck(), m_today));
}

void ScreeningDialog::accept()
{
    m_touched = true;
    const ScreeningCheck check = formCheck();
    if (const QString problem = custos::validateScreeningCheck(check, m_today); !problem.isEmpty()) {
        showInlineError(m_error, problem);
        return;
    }
    QString saved;
    if (check.id == 0) {
        auto id = m_staff.recordCheck(check);
        if (!id) {
            showInlineError(m_error, id.errorMessage());
            return;
        }
        saved = tr("%1 check recorded.").arg(custos::screeningTypeDisplayName(check.type));
    } else {
        auto updated = m_staff.updateCheck(check);
        if (!updated) {
            showInlineError(m_error, updated.errorMessage());
            return;
        }
        saved = tr("%1 check saved.").arg(custos::screeningTypeDisplayName(check.type));
    }
    reload();
    startNewCheck();
    m_saved->setText(saved);
    emit checksChanged(m_member.employee.id);
}

} // namespace custos::ui
