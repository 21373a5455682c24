#include "main/HomePage.h"

#include "access/Access.h"
#include "access/AccessReview.h"
#include "access/Staff.h"
#include "main/AuditTableModel.h"
#include "session/ClipboardGuard.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {

QLabel* makeValueLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? u"—"_s : text.trimmed();
}

} // namespace

HomePage::HomePage(custos::Vault& vault, custos::Session& session, ClipboardGuard& clipboard, QWidget* parent)
    : QWidget(parent), m_vault(vault), m_session(session), m_clipboard(clipboard)
{
    setObjectName(u"homePage"_s);

    m_signedIn = new QLabel(this);
    m_signedIn->setObjectName(u"signedInLabel"_s);
    m_signedIn->setTextFormat(Qt::PlainText);
    QFont big = m_signedIn->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_signedIn->setFont(big);

    m_expiryNotice = new QLabel(this);
    m_expiryNotice->setObjectName(u"passwordExpiryNotice"_s);
    m_expiryNotice->setTextFormat(Qt::RichText);
    m_expiryNotice->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_expiryNotice->setStyleSheet(u"#passwordExpiryNotice { background: #fff4d6; border: 1px solid #e0a526;"
                                  " border-radius: 4px; padding: 6px 10px; color: #3b2f00; }"_s);
    m_expiryNotice->setVisible(false);
    connect(m_expiryNotice, &QLabel::linkActivated, this, [this] { emit changePasswordRequested(); });

    m_staffNotice = new QLabel(this);
    m_staffNotice->setObjectName(u"staffNotice"_s);
    m_staffNotice->setTextFormat(Qt::RichText);
    m_staffNotice->setWordWrap(true);
    m_staffNotice->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_staffNotice->setStyleSheet(u"#staffNotice { background: #fff4d6; border: 1px solid #e0a526;"
                                 " border-radius: 4px; padding: 6px 10px; color: #3b2f00; }"_s);
    m_staffNotice->setVisible(false);
    connect(m_staffNotice, &QLabel::linkActivated, this, &HomePage::pageRequested);

    auto* activityBox = new QGroupBox(tr("Recent activity"), this);
    activityBox->setObjectName(u"recentActivityBox"_s);
    m_activityScope = new QLabel(activityBox);
    m_activityScope->setObjectName(u"recentActivityScope"_s);
    m_activityScope->setWordWrap(true);
    m_activityError = new QLabel(activityBox);
    m_activityError->setObjectName(u"recentActivityError"_s);
    m_activityError->setTextFormat(Qt::PlainText);
    m_activityError->setWordWrap(true);
    m_activityError->setStyleSheet(u"color: #b71c1c;"_s);
    m_activityError->setVisible(false);

    m_model = new AuditTableModel(this);
    m_table = new QTableView(activityBox);
    m_table->setObjectName(u"recentActivityTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < AuditTableModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, column == AuditTableModel::ActionColumn ? QHeaderView::Stretch
                                                                                     : QHeaderView::ResizeToContents);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);

    auto* copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &HomePage::copySelectedRows);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* activityLayout = new QVBoxLayout(activityBox);
    activityLayout->addWidget(m_activityScope);
    activityLayout->addWidget(m_activityError);
    activityLayout->addWidget(m_table, 1);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(buildBusinessCard(), 0, Qt::AlignTop);
    columns->addWidget(activityBox, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_signedIn);
    layout->addWidget(m_expiryNotice);
    layout->addWidget(m_staffNotice);
    layout->addLayout(columns, 1);

    refresh();
}

QWidget* HomePage::buildBusinessCard()
{
    auto* card = new QGroupBox(tr("Business"), this);
    card->setObjectName(u"businessCard"_s);
    card->setFixedWidth(340);
    m_legalName = makeValueLabel(card, u"businessLegalName"_s);
    QFont bold = m_legalName->font();
    bold.setBold(true);
    m_legalName->setFont(bold);
    m_address = makeValueLabel(card, u"businessAddress"_s);
    m_phone = makeValueLabel(card, u"businessPhone"_s);
    m_fax = makeValueLabel(card, u"businessFax"_s);
    m_email = makeValueLabel(card, u"businessEmail"_s);
    m_privacyContact = makeValueLabel(card, u"businessPrivacyContact"_s);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(6);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Fax:"), m_fax);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Privacy contact:"), m_privacyContact);

    auto* layout = new QVBoxLayout(card);
    layout->setSpacing(6);
    layout->addWidget(m_legalName);
    layout->addWidget(m_address);
    layout->addSpacing(6);
    layout->addLayout(form);
    return card;
}

void HomePage::refresh()
{
    const Employee& me = m_session.employee();
    m_signedIn->setText(tr("Signed in as %1 — %2").arg(me.fullName, roleDisplayName(me.role)));

    const int daysLeft = m_session.passwordDaysLeft();
    if (daysLeft <= kExpiryNoticeDays) {
        const QString link = u"<a href=\"change-password\">%1</a>"_s.arg(tr("Change now"));
        QString text;
        if (daysLeft <= 0)
            text = tr("Your password expires today — %1").arg(link);
        else if (daysLeft == 1)
            text = tr("Your password expires tomorrow — %1").arg(link);
        else
            text = tr("Your password expires in %1 days — %2").arg(daysLeft).arg(link);
        m_expiryNotice->setText(text);
        m_expiryNotice->setVisible(true);
    } else {
        m_expiryNotice->setVisible(false);
    }
    refreshBusinessCard();
    refreshNotices();
    refreshActivity();
}

void HomePage::refreshNotices()
{
    using custos::access::Permission;
    auto actor = custos::access::loadActor(m_session);
    const bool staff = actor && custos::access::decide(actor.value(), Permission::ManageStaff);
    const bool review = actor && custos::access::decide(actor.value(), Permission::ReviewAccess);
    QStringList lines;
    const auto link = [](const char* page, const QString& text) {
        return u"<a href=\"%1\">%2</a>"_s.arg(QLatin1String(page), text.toHtmlEscaped());
    };
    if (staff) {
        auto members = custos::access::StaffService(m_vault, m_session).list();
        if (members) {
            QStringList expiring;
            QStringList dormant;
            for (const custos::access::StaffMember& m : std::as_const(members.value())) {
                if (!m.employee.active)
                    continue;
                if (m.screeningExpiresSoon && m.clearedUntil.isValid())
                    expiring << tr("%1 (%2)").arg(m.employee.fullName,
                                                  QLocale().toString(m.clearedUntil, QLocale::ShortFormat));
                if (m.dormant)
                    dormant << tr("%1 (%2 days)").arg(m.employee.fullName).arg(m.daysSinceLastUse);
            }
            if (!expiring.isEmpty())
                lines << tr("Background checks expiring within %1 days: %2 — %3")
                             .arg(custos::kScreeningReminderDays)
                             .arg(expiring.join(u", "_s).toHtmlEscaped(), link("staff", tr("record new checks")));
            if (!dormant.isEmpty())
                lines << tr("Accounts not used for a long time: %1. They are deactivated after %2 days unused — %3")
                             .arg(dormant.join(u", "_s).toHtmlEscaped())
                             .arg(custos::access::kDormantDays)
                             .arg(link("staff", tr("review them")));
        }
    }
    if (review) {
        auto due = custos::access::AccessReview(m_vault, m_session).isDue();
        if (due && due.value())
            lines << tr("The access review is due — %1").arg(link("review", tr("review and sign it off")));
    }
    m_staffNotice->setText(lines.join(u"<br>"_s));
    m_staffNotice->setVisible(!lines.isEmpty());
}

void HomePage::refreshBusinessCard()
{
    const BusinessProfile& p = m_session.businessProfile();
    m_legalName->setText(orDash(p.legalName));
    QStringList place;
    for (const QString& part : {p.city, p.region, p.postalCode})
        if (!part.trimmed().isEmpty())
            place << part.trimmed();
    QStringList lines;
    for (const QString& line : {p.street.trimmed(), place.join(u", "_s), p.country.trimmed()})
        if (!line.isEmpty())
            lines << line;
    m_address->setText(lines.join(QLatin1Char('\n')));
    m_address->setVisible(!lines.isEmpty());
    m_phone->setText(orDash(p.phone));
    m_fax->setText(orDash(p.fax));
    m_email->setText(orDash(p.email));
    m_privacyContact->setText(orDash(p.privacyContact));
}

void HomePage::refreshActivity()
{
    AuditQuery query;
    query.limit = kRecentEvents;
    query.includeCheckpoints = false; // bookkeeping of the log itself, not something anyone did
    // Clerks see only their own trail; managers their own and the clerks'; owners everyone's
    // (the audit log's scope rule, as on the Audit log page).
    switch (m_session.employee().role) {
    case Role::Clerk:
        query.actorId = m_session.employee().id;
        m_activityScope->setText(tr("Your last %1 actions.").arg(kRecentEvents));
        break;
    case Role::Manager:
        query.scope = AuditScope::forManager(m_session.employee().id);
        m_activityScope->setText(tr("The last %1 events by you and the clerks.").arg(kRecentEvents));
        break;
    case Role::Owner:
        m_activityScope->setText(tr("The last %1 events in this vault, by everyone.").arg(kRecentEvents));
        break;
    }
    auto events = m_session.auditLog().recent(query);
    if (!events) {
        m_model->clear();
        m_activityError->setText(events.errorMessage());
        m_activityError->setVisible(true);
        return;
    }
    m_activityError->setVisible(false);
    m_model->setEvents(std::move(events.value()));
}

void HomePage::copySelectedRows()
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const QModelIndex& row : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < AuditTableModel::ColumnCount; ++column)
            cells << m_model->index(row.row(), column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    if (!lines.isEmpty())
        m_clipboard.setText(lines.join(QLatin1Char('\n')));
}

} // namespace custos::ui

namespace custos::ui {

// The notice is made on the first summary (owners only ever get one), below the staff notice.
void HomePage::showSelfCheckSummary(int problems, int warnings)
{
    auto* notice = findChild<QLabel*>(u"selfCheckNotice"_s, Qt::FindDirectChildrenOnly);
    if (!notice) {
        notice = new QLabel(this);
        notice->setObjectName(u"selfCheckNotice"_s);
        notice->setTextFormat(Qt::RichText);
        notice->setWordWrap(true);
        notice->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(notice, &QLabel::linkActivated, this, &HomePage::pageRequested);
        if (auto* box = qobject_cast<QVBoxLayout*>(layout()))
            box->insertWidget(box->indexOf(m_staffNotice) + 1, notice);
    }
    const QString link = u"<a href=\"selfcheck\">%1</a>"_s.arg(tr("open Security check").toHtmlEscaped());
    QString text;
    if (problems > 0) {
        text = problems == 1 ? tr("Security check: 1 problem needs attention — %1").arg(link)
                             : tr("Security check: %1 problems need attention — %2").arg(problems).arg(link);
        if (warnings > 0)
            text += warnings == 1 ? tr(" (and 1 warning)") : tr(" (and %1 warnings)").arg(warnings);
        notice->setStyleSheet(u"#selfCheckNotice { background: #fde8e8; border: 1px solid #b01c1c;"
                              " border-radius: 4px; padding: 6px 10px; color: #000; }"_s);
    } else if (warnings > 0) {
        text = warnings == 1 ? tr("Security check: no problems, 1 warning — %1").arg(link)
                             : tr("Security check: no problems, %1 warnings — %2").arg(warnings).arg(link);
        notice->setStyleSheet(u"#selfCheckNotice { background: #fff4d6; border: 1px solid #e0a526;"
                              " border-radius: 4px; padding: 6px 10px; color: #000; }"_s);
    }
    // All clear: nothing to say on the home page (the Security check page shows the details).
    notice->setText(text);
    notice->setVisible(!text.isEmpty());
}

} // namespace custos::ui
