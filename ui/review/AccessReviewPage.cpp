#include "review/AccessReviewPage.h"

#include "access/Staff.h"
#include "review/SignOffDialog.h"
#include "setup/FormStyle.h"
#include "staff/StaffListModel.h"
#include "staff/StaffStyle.h"
#include "vault/Session.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

using custos::access::AccessReviewRow;
using custos::access::Permission;

namespace {

enum Column {
    NameColumn,
    RoleColumn,
    AccountColumn,
    ScreeningColumn,
    CardAccessColumn,
    LastSignInColumn,
    RevealsColumn,
    ColumnCount
};

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

// What the role may do, for the role cell's tooltip: the reviewer checks it against the job.
QString permissionsOf(Role role)
{
    QStringList lines;
    for (Permission permission : custos::access::allPermissions()) {
        if (!custos::access::roleHas(role, permission))
            continue;
        QString line = u"• "_s + custos::access::permissionDisplayName(permission);
        if (custos::access::isScreeningGated(permission))
            line += AccessReviewPage::tr(" (with a cleared check and a grant)");
        lines << line;
    }
    return AccessReviewPage::tr("A %1 may:").arg(roleDisplayName(role)) + QLatin1Char('\n') +
           lines.join(QLatin1Char('\n'));
}

} // namespace

QString AccessReviewPage::employeeCount(int n)
{
    return n == 1 ? tr("1 employee") : tr("%1 employees").arg(n);
}

AccessReviewPage::AccessReviewPage(custos::Vault& vault, custos::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_review(vault, session)
{
    setObjectName(u"accessReviewPage"_s);

    auto* heading = new QLabel(tr("Access review"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    heading->setFont(big);
    m_signOff = new QPushButton(tr("&Sign off review…"), this);
    m_signOff->setObjectName(u"signOffButton"_s);
    m_signOff->setAutoDefault(false);
    connect(m_signOff, &QPushButton::clicked, this, &AccessReviewPage::signOff);
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_signOff);

    auto* intro = makeHint(tr("Every six months, go through who can do what and check it still matches their job: "
                              "deactivate who has left, revoke card access nobody needs, renew checks that lapse. "
                              "Then sign the review off (PCI DSS 7.2.4)."),
                           this, u"reviewIntro"_s);

    m_status = new QLabel(this);
    m_status->setObjectName(u"reviewStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_lastNotes = makeHint(QString(), this, u"reviewLastNotes"_s);
    m_lastNotes->setTextFormat(Qt::PlainText);
    m_error = makeInlineError(this, u"reviewError"_s);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"reviewTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Account"), tr("Background check"),
                                        tr("Card access"), tr("Last sign-in"), tr("Reveals (90 days)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Every column as wide as its contents, the name never cut; the last one takes what is left.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);

    auto* refreshAction = new QAction(this);
    refreshAction->setObjectName(u"refreshReviewAction"_s);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WindowShortcut);
    connect(refreshAction, &QAction::triggered, this, &AccessReviewPage::refresh);
    addAction(refreshAction);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(m_lastNotes);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    setTabOrder(m_table, m_signOff);
    setFocusProxy(m_table);
    refresh();
}

void AccessReviewPage::focusList()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void AccessReviewPage::refresh()
{
    auto actor = custos::access::loadActor(m_session);
    bool allowed = false;
    QString whyNot = actor.errorMessage();
    if (actor) {
        const auto decision = custos::access::decide(actor.value(), Permission::ReviewAccess);
        allowed = decision.allowed;
        whyNot = decision.reason;
    }
    m_signOff->setEnabled(allowed);
    m_signOff->setToolTip(allowed ? tr("Confirm you reviewed everyone's access; recorded in the audit log") : whyNot);

    auto rows = m_review.rows();
    if (!rows) {
        m_rows.clear();
        showInlineError(m_error, rows.errorMessage());
        m_signOff->setEnabled(false);
    } else {
        showInlineError(m_error, {});
        m_rows = std::move(rows.value());
    }
    fillTable();
    showStatus();
}

void AccessReviewPage::fillTable()
{
    const int current = m_table->currentRow();
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const AccessReviewRow& r = m_rows.at(row);
        const custos::access::StaffMember& m = r.member;
        const bool active = m.employee.active;
        auto* name = cell(m.employee.fullName);
        name->setData(Qt::UserRole, m.employee.id);
        name->setToolTip(m.employee.username);
        m_table->setItem(row, NameColumn, name);
        auto* role = cell(roleDisplayName(m.employee.role));
        role->setToolTip(permissionsOf(m.employee.role));
        m_table->setItem(row, RoleColumn, role);
        auto* account = cell(StaffListModel::accountText(m));
        if (active && m.dormant)
            account->setForeground(warningColor());
        m_table->setItem(row, AccountColumn, account);
        QString screening = custos::screeningStatusDisplayName(m.screening);
        if (m.screening == custos::ScreeningStatus::Cleared && m.clearedUntil.isValid())
            screening = tr("%1 until %2").arg(screening, shortDate(m.clearedUntil));
        auto* check = cell(screening);
        check->setForeground(active ? screeningColor(m.screening) : mutedColor());
        if (active && m.screeningExpiresSoon) {
            check->setForeground(warningColor());
            check->setToolTip(tr("Lapses soon: record a new check before %1.").arg(shortDate(m.clearedUntil)));
        }
        check->setIcon(statusDot(active ? screeningColor(m.screening) : mutedColor()));
        QFont bold = check->font();
        bold.setBold(active);
        check->setFont(bold);
        m_table->setItem(row, ScreeningColumn, check);
        m_table->setItem(row, CardAccessColumn, cell(StaffListModel::cardAccessText(m)));
        m_table->setItem(row, LastSignInColumn, cell(StaffListModel::lastSignInText(m)));
        // How much the access is used: the reviewer asks whether someone who never reveals still needs it.
        QString revealText = tr("None");
        if (r.revealsLast90Days > 0)
            revealText =
                r.lastRevealAt.isValid()
                    ? tr("%1 — last %2").arg(QLocale().toString(r.revealsLast90Days), shortDateTime(r.lastRevealAt))
                    : QLocale().toString(r.revealsLast90Days);
        auto* reveals = cell(revealText);
        reveals->setData(Qt::UserRole, r.revealsLast90Days);
        m_table->setItem(row, RevealsColumn, reveals);
        if (!active) {
            for (int column = 0; column < ColumnCount; ++column)
                if (column != ScreeningColumn)
                    m_table->item(row, column)->setForeground(mutedColor());
        }
    }
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
}

void AccessReviewPage::showStatus()
{
    auto last = m_review.lastSignOff();
    auto due = m_review.isDue();
    if (!last || !due) {
        showInlineError(m_error, !last ? last.errorMessage() : due.errorMessage());
        m_status->clear();
        m_lastNotes->setVisible(false);
        return;
    }
    const bool isDue = due.value();
    const std::optional<custos::access::AccessReviewSignOff>& signOff = last.value();
    QString text;
    if (!signOff) {
        text = tr("The access has never been reviewed. A review is due now.");
    } else {
        const QString when = shortDate(signOff->signedAt.toLocalTime().date());
        const QString next = shortDate(signOff->dueAt.toLocalTime().date());
        text = isDue ? tr("Last signed off on %1 by %2. The next review was due on %3: it is due now.")
                           .arg(when, signOff->reviewerName, next)
                     : tr("Last signed off on %1 by %2 (%3 reviewed). Next review due on %4.")
                           .arg(when, signOff->reviewerName, employeeCount(signOff->employeesReviewed), next);
    }
    const QColor color =
        isDue ? screeningColor(custos::ScreeningStatus::Failed) : screeningColor(custos::ScreeningStatus::Cleared);
    const QString background = isDue ? u"#fdecea"_s : u"#e8f5ec"_s;
    m_status->setText(text);
    m_status->setStyleSheet(
        u"#reviewStatusLabel { color: %1; background: %2; border: 1px solid %1;"
        " border-radius: 4px; padding: 6px 10px; font-weight: 600; }"_s.arg(color.name(), background));
    const bool notes = signOff && !signOff->notes.isEmpty();
    m_lastNotes->setText(notes ? tr("Notes of the last review: %1").arg(signOff->notes) : QString());
    m_lastNotes->setVisible(notes);
}

void AccessReviewPage::signOff()
{
    if (!m_signOff->isEnabled())
        return;
    auto* dialog = new SignOffDialog(m_review, int(m_rows.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignOffDialog::signedOff, this, [this] {
        refresh();
        emit signedOff();
    });
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(); });
    dialog->open();
}

} // namespace custos::ui
