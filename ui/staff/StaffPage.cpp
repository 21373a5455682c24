#include "staff/StaffPage.h"

#include "access/Disclosure.h"
#include "common/Messages.h"
#include "setup/FormStyle.h"
#include "staff/AddEmployeeDialog.h"
#include "staff/GrantDialog.h"
#include "staff/OneTimePasswordView.h"
#include "staff/ReasonDialog.h"
#include "staff/ScreeningDialog.h"
#include "staff/StaffListModel.h"
#include "staff/StaffStyle.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

using custos::access::Permission;
using custos::access::StaffMember;

StaffPage::StaffPage(custos::Vault& vault, custos::Session& session, ClipboardGuard& clipboard, QWidget* parent)
    : QWidget(parent), m_session(session), m_clipboard(clipboard), m_staff(vault, session)
{
    setObjectName(u"staffPage"_s);
    m_model = new StaffListModel(this);

    auto* heading = new QLabel(tr("Staff"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    heading->setFont(big);
    m_count = new QLabel(this);
    m_count->setObjectName(u"staffCountLabel"_s);
    m_addButton = new QPushButton(tr("Add employee…"), this);
    m_addButton->setObjectName(u"addEmployeeButton"_s);
    m_addButton->setAutoDefault(false);
    connect(m_addButton, &QPushButton::clicked, this, &StaffPage::addEmployee);
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addSpacing(12);
    top->addWidget(m_count, 0, Qt::AlignBottom);
    top->addStretch(1);
    top->addWidget(m_addButton);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"staffSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setStyleSheet(u"#staffSummaryLabel { background: #fff4d6; border: 1px solid #e0a526;"
                             " border-radius: 4px; padding: 6px 10px; color: #3b2f00; }"_s);
    m_summary->setVisible(false);
    m_error = makeInlineError(this, u"staffError"_s);

    m_table = new QTableView(this);
    m_table->setObjectName(u"staffTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this, &StaffPage::openChecks);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StaffPage::updateActions);

    // What may be done to the selected employee, below the list as on the customers page.
    const auto button = [this](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        return b;
    };
    m_checksButton = button(tr("&Background checks…"), u"checksButton"_s);
    m_grantButton = button(tr("&Give card access…"), u"giveAccessButton"_s);
    m_revokeButton = button(tr("Re&voke card access…"), u"revokeButton"_s);
    m_roleButton = button(tr("Change &role"), u"changeRoleButton"_s);
    m_roleMenu = new QMenu(m_roleButton);
    m_roleMenu->setObjectName(u"roleMenu"_s);
    for (Role role : {Role::Clerk, Role::Manager, Role::Owner}) {
        QAction* action = m_roleMenu->addAction(roleDisplayName(role), this, [this, role] { changeRole(role); });
        action->setObjectName(u"roleAction_"_s + roleToStorage(role));
        action->setData(int(role));
        action->setCheckable(true);
    }
    m_roleButton->setMenu(m_roleMenu);
    m_activeButton = button(tr("&Deactivate…"), u"activeButton"_s);
    connect(m_checksButton, &QPushButton::clicked, this, &StaffPage::openChecks);
    connect(m_grantButton, &QPushButton::clicked, this, &StaffPage::grantAccess);
    connect(m_revokeButton, &QPushButton::clicked, this, &StaffPage::revokeAccess);
    connect(m_activeButton, &QPushButton::clicked, this, &StaffPage::toggleActive);

    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(8);
    bottom->addStretch(1);
    for (QPushButton* b : {m_checksButton, m_grantButton, m_revokeButton, m_roleButton, m_activeButton})
        bottom->addWidget(b);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    auto* addShortcut = new QAction(this);
    addShortcut->setObjectName(u"addEmployeeAction"_s);
    addShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    addShortcut->setShortcutContext(Qt::WindowShortcut); // only while this page is showing
    connect(addShortcut, &QAction::triggered, this, &StaffPage::addEmployee);
    addAction(addShortcut);
    auto* grantShortcut = new QAction(m_table);
    grantShortcut->setObjectName(u"grantAction"_s);
    grantShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    grantShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(grantShortcut, &QAction::triggered, this, [this] {
        if (m_grantButton->isEnabled())
            grantAccess();
    });
    m_table->addAction(grantShortcut);
    auto* deactivateShortcut = new QAction(m_table);
    deactivateShortcut->setObjectName(u"deactivateAction"_s);
    deactivateShortcut->setShortcut(QKeySequence::Delete);
    deactivateShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(deactivateShortcut, &QAction::triggered, this, [this] {
        const StaffMember* m = currentMember();
        if (m && m->employee.active && m_activeButton->isEnabled())
            toggleActive();
    });
    m_table->addAction(deactivateShortcut);

    setTabOrder(m_table, m_checksButton);
    setTabOrder(m_checksButton, m_grantButton);
    setTabOrder(m_grantButton, m_revokeButton);
    setTabOrder(m_revokeButton, m_roleButton);
    setTabOrder(m_roleButton, m_activeButton);
    setTabOrder(m_activeButton, m_addButton);
    setFocusProxy(m_table);

    refresh();
}

StaffPage::~StaffPage() = default;

QDate StaffPage::today() const
{
    return m_session.clock().nowUtc().toLocalTime().date();
}

std::optional<qint64> StaffPage::currentEmployeeId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    return m_model->member(current.row()).employee.id;
}

const StaffMember* StaffPage::currentMember() const
{
    const std::optional<qint64> id = currentEmployeeId();
    if (!id)
        return nullptr;
    const int row = m_model->rowOf(*id);
    return row < 0 ? nullptr : &m_model->member(row);
}

void StaffPage::selectEmployee(qint64 employeeId)
{
    const int row = m_model->rowOf(employeeId);
    if (row < 0) {
        m_table->selectionModel()->clearSelection();
        m_table->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    } else {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
    updateActions();
}

void StaffPage::focusList()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
    if (!currentEmployeeId() && m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void StaffPage::refresh()
{
    const std::optional<qint64> current = currentEmployeeId();
    // Rights are read fresh: a role change or a lapsed check takes effect without signing in again.
    auto actor = custos::access::loadActor(m_session);
    m_actorLoaded = actor.ok();
    if (actor)
        m_actor = actor.value();
    auto members = m_staff.list();
    if (!members) {
        m_model->clear();
        showInlineError(m_error, members.errorMessage());
    } else {
        showInlineError(m_error, actor ? QString() : actor.errorMessage());
        m_model->setMembers(std::move(members.value()), today());
        // Sized to what they hold (a handful of rows), still resizable by hand.
        m_table->resizeColumnsToContents();
    }
    int active = 0;
    for (const StaffMember& m : m_model->members())
        active += m.employee.active ? 1 : 0;
    const int inactive = int(m_model->members().size()) - active;
    m_count->setText(inactive > 0 ? tr("%1 active · %2 deactivated").arg(active).arg(inactive)
                                  : tr("%1 active").arg(active));
    updateSummary();
    if (current)
        selectEmployee(*current);
    else if (m_model->rowCount() > 0)
        selectEmployee(m_model->member(0).employee.id);
    else
        selectEmployee(-1);
}

void StaffPage::updateSummary()
{
    QStringList notes;
    for (const StaffMember& m : m_model->members()) {
        if (!m.employee.active)
            continue;
        if (m.screeningExpiresSoon && m.clearedUntil.isValid())
            notes << tr("%1's background check expires on %2.").arg(m.employee.fullName, shortDate(m.clearedUntil));
        else if (m.screening == custos::ScreeningStatus::Expired && m.employee.role != Role::Clerk)
            notes << tr("%1's background check has expired.").arg(m.employee.fullName);
        if (m.dormant)
            notes << tr("%1 has not used their account for %2 days (deactivated at %3).")
                         .arg(m.employee.fullName)
                         .arg(m.daysSinceLastUse)
                         .arg(custos::access::kDormantDays);
    }
    m_summary->setText(notes.join(QLatin1Char('\n')));
    m_summary->setVisible(!notes.isEmpty());
}

void StaffPage::setAction(QPushButton* button, const QString& whyNot, const QString& tip)
{
    button->setEnabled(whyNot.isEmpty());
    button->setToolTip(whyNot.isEmpty() ? tip : whyNot);
}

void StaffPage::updateActions()
{
    using custos::access::decide;
    using custos::access::decideStaffChange;
    const auto denied = [this](Permission permission) -> QString {
        if (!m_actorLoaded)
            return tr("Your rights could not be read; reopen the page.");
        const auto decision = decide(m_actor, permission);
        return decision ? QString() : decision.reason;
    };
    const QString noSelection = tr("Select an employee first.");

    const QString addDenied = denied(Permission::ManageStaff);
    setAction(m_addButton, addDenied, tr("Add an employee with a one-time password (Ctrl+Shift+N)"));

    const StaffMember* m = currentMember();
    if (!m) {
        for (QPushButton* b : {m_checksButton, m_grantButton, m_revokeButton, m_roleButton, m_activeButton})
            setAction(b, noSelection, {});
        m_activeButton->setText(tr("&Deactivate…"));
        return;
    }
    const qint64 id = m->employee.id;
    const Role role = m->employee.role;
    const bool self = id == m_actor.employeeId;

    setAction(
        m_checksButton, denied(Permission::RecordScreening),
        tr("See %1's background checks, record a new one or decide a pending one (Enter)").arg(m->employee.fullName));

    // Grant: the dialog explains refusals that concern the grantee; here only what concerns the actor.
    QString grantDenied = denied(Permission::GrantDisclosure);
    if (grantDenied.isEmpty() && !m_actor.holdsCardDataGrant)
        grantDenied = tr("You hold no card access yourself, so you cannot pass it on.");
    if (grantDenied.isEmpty() && role == Role::Owner)
        grantDenied = tr("Owners keep custody of the card-data key; they need no grant.");
    if (grantDenied.isEmpty() && self)
        grantDenied = tr("Nobody can give card access to themselves.");
    if (grantDenied.isEmpty() && !m->employee.active)
        grantDenied = tr("%1's account is deactivated.").arg(m->employee.fullName);
    setAction(m_grantButton, grantDenied,
              m->holdsCardDataGrant
                  ? tr("Renew %1's card access with a new end date (Ctrl+G)").arg(m->employee.fullName)
                  : tr("Let %1 open full card numbers, with a reason each time (Ctrl+G)").arg(m->employee.fullName));
    m_grantButton->setText(m->holdsCardDataGrant ? tr("Renew &card access…") : tr("&Give card access…"));

    QString revokeDenied = denied(Permission::GrantDisclosure);
    if (revokeDenied.isEmpty() && role == Role::Owner)
        revokeDenied = tr("An owner's custody of the card-data key cannot be revoked.");
    if (revokeDenied.isEmpty() && self)
        revokeDenied = tr("Nobody can revoke their own card access; ask another manager or the owner.");
    if (revokeDenied.isEmpty() && !m->holdsCardDataGrant)
        revokeDenied = tr("%1 has no card access to revoke.").arg(m->employee.fullName);
    setAction(m_revokeButton, revokeDenied, tr("End %1's card access now").arg(m->employee.fullName));

    // Role: a menu of the roles this actor may give this employee.
    QString roleDenied;
    bool anyRole = false;
    for (QAction* action : m_roleMenu->actions()) {
        const Role to = Role(action->data().toInt());
        action->setChecked(to == role);
        if (to == role) {
            action->setEnabled(false);
            continue;
        }
        const auto decision = decideStaffChange(m_actor, id, role, to);
        action->setEnabled(decision.allowed && m->employee.active);
        action->setToolTip(decision.reason);
        anyRole = anyRole || (decision.allowed && m->employee.active);
        if (!decision.allowed && roleDenied.isEmpty())
            roleDenied = decision.reason;
    }
    if (!m->employee.active)
        roleDenied = tr("Reactivate %1 first.").arg(m->employee.fullName);
    setAction(m_roleButton,
              anyRole ? QString() : (roleDenied.isEmpty() ? tr("No other role can be given.") : roleDenied),
              tr("Make %1 a clerk, manager or owner").arg(m->employee.fullName));

    const auto activeDecision = decideStaffChange(m_actor, id, role);
    if (m->employee.active) {
        m_activeButton->setText(tr("&Deactivate…"));
        setAction(m_activeButton, activeDecision ? QString() : activeDecision.reason,
                  tr("Remove %1's access at once: key slot and card access are deleted, history kept (Delete)")
                      .arg(m->employee.fullName));
    } else {
        m_activeButton->setText(tr("Re&activate…"));
        setAction(m_activeButton, activeDecision ? QString() : activeDecision.reason,
                  tr("Give %1 a new one-time password to sign in again").arg(m->employee.fullName));
    }
}

void StaffPage::afterChange(qint64 employeeId)
{
    refresh();
    selectEmployee(employeeId);
    emit staffChanged();
}

void StaffPage::addEmployee()
{
    if (!m_addButton->isEnabled())
        return;
    auto* dialog = new AddEmployeeDialog(m_staff, m_actor, m_clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddEmployeeDialog::employeeAdded, this, [this](const QString& username) {
        refresh();
        for (const StaffMember& m : m_model->members())
            if (m.employee.username == username)
                selectEmployee(m.employee.id);
        emit staffChanged();
    });
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(); });
    dialog->open();
}

void StaffPage::openChecks()
{
    const StaffMember* m = currentMember();
    if (!m || !m_checksButton->isEnabled())
        return;
    QHash<qint64, QString> names;
    for (const StaffMember& other : m_model->members())
        names.insert(other.employee.id, other.employee.fullName);
    auto* dialog = new ScreeningDialog(m_staff, *m, today(), std::move(names), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScreeningDialog::checksChanged, this, &StaffPage::afterChange);
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(); });
    dialog->open();
}

void StaffPage::grantAccess()
{
    const StaffMember* m = currentMember();
    if (!m || !m_grantButton->isEnabled())
        return;
    auto* dialog = new GrantDialog(m_session, m_actor, *m, today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GrantDialog::granted, this, &StaffPage::afterChange);
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(); });
    dialog->open();
}

void StaffPage::revokeAccess()
{
    const StaffMember* m = currentMember();
    if (!m || !m_revokeButton->isEnabled())
        return;
    const qint64 id = m->employee.id;
    const QString name = m->employee.fullName;
    auto* dialog = new ReasonDialog(
        tr("Revoke card access"),
        tr("%1 will no longer be able to open full card numbers. Their grant is deleted now; giving it again needs "
           "a new grant.")
            .arg(name),
        tr("&Revoke access"), [](const QString& reason) { return custos::access::Disclosure::validateReason(reason); },
        this);
    dialog->setObjectName(u"revokeDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, name] {
        auto revoked = custos::access::Disclosure(m_session).revoke(id, dialog->reason());
        if (!revoked) {
            Messages::warning(this, tr("Card access not revoked"), revoked.errorMessage());
            return;
        }
        afterChange(id);
    });
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(); });
    dialog->open();
}

void StaffPage::toggleActive()
{
    const StaffMember* m = currentMember();
    if (!m || !m_activeButton->isEnabled())
        return;
    const qint64 id = m->employee.id;
    const StaffMember member = *m;
    if (!m->employee.active) {
        if (!Messages::confirm(this, tr("Reactivate employee"),
                               tr("Reactivate %1? They get a new one-time password and must choose their own at "
                                  "first sign-in. Card access is not restored: give it again if needed.")
                                   .arg(member.employee.fullName),
                               tr("Reactivate")))
            return;
        auto password = m_staff.reactivate(id);
        if (!password) {
            Messages::warning(this, tr("Employee not reactivated"), password.errorMessage());
            return;
        }
        afterChange(id);
        showReactivated(member, std::move(password.value()));
        return;
    }

    const auto validate = [](const QString& reason) {
        return reason.isEmpty() ? tr("Say why, for the audit log (e.g. left the company).") : QString();
    };
    auto* dialog = new ReasonDialog(
        tr("Deactivate employee"),
        tr("%1 loses access at once: their key slot and any card access are deleted and they can no longer sign in. "
           "Their history stays in the audit log, and they can be reactivated later.")
            .arg(member.employee.fullName),
        tr("&Deactivate…"), validate, this);
    dialog->setObjectName(u"deactivateDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, member] {
        const QString reason = dialog->reason();
        if (!Messages::confirm(
                this, tr("Deactivate employee"),
                tr("Deactivate %1 now? They cannot sign in from this moment.").arg(member.employee.fullName),
                tr("Deactivate")))
            return;
        auto done = m_staff.deactivate(id, reason);
        if (!done) {
            Messages::warning(this, tr("Employee not deactivated"), done.errorMessage());
            return;
        }
        afterChange(id);
    });
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(); });
    dialog->open();
}

void StaffPage::showReactivated(const StaffMember& member, QString password)
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"reactivatedDialog"_s);
    dialog->setWindowTitle(tr("Employee reactivated"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* view = new OneTimePasswordView(m_clipboard, dialog);
    view->setAccount(member.employee.fullName, member.employee.username, password);
    password.fill(QLatin1Char(' '));
    auto* buttons = new QDialogButtonBox(dialog);
    QPushButton* done = buttons->addButton(tr("&Done"), QDialogButtonBox::AcceptRole);
    done->setObjectName(u"doneButton"_s);
    done->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(dialog, &QDialog::finished, view, &OneTimePasswordView::wipe);
    auto* layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(520);
    dialog->open();
    view->copyButton()->setFocus();
}

void StaffPage::changeRole(custos::Role role)
{
    const StaffMember* m = currentMember();
    if (!m)
        return;
    const qint64 id = m->employee.id;
    if (!custos::access::decideStaffChange(m_actor, id, m->employee.role, role) || m->employee.role == role)
        return;
    QString question = tr("Change %1's role from %2 to %3?")
                           .arg(m->employee.fullName, roleDisplayName(m->employee.role), roleDisplayName(role));
    if (!custos::access::roleHas(role, Permission::RevealCardNumber) && m->holdsCardDataGrant)
        question += QLatin1Char('\n') + tr("Their card access ends: the new role never sees full card numbers.");
    if (!Messages::confirm(this, tr("Change role"), question, tr("Change role")))
        return;
    auto changed = m_staff.setRole(id, role);
    if (!changed) {
        Messages::warning(this, tr("Role not changed"), changed.errorMessage());
        return;
    }
    afterChange(id);
}

} // namespace custos::ui
