#include "audit/AuditPage.h"

#include "audit/AuditCheckpoints.h"
#include "audit/AuditFilterBar.h"
#include "main/AuditTableModel.h"
#include "session/WaitCursor.h"
#include "vault/Session.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {

constexpr int kFilterDelayMs = 150; // coalesces a burst of changes (typing a date) into one query

QString localTime(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

AuditPage::AuditPage(custos::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(u"auditPage"_s);
    if (auto scope = auditScopeFor(session))
        m_scope = scope.value();
    if (m_scope)
        buildViewer();
    else
        buildRefusal();
}

void AuditPage::buildRefusal()
{
    auto* label = new QLabel(tr("The audit log is for owners and managers. If you need to know who did what, ask "
                                "one of them."),
                             this);
    label->setObjectName(u"auditRefusal"_s);
    label->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(label);
    layout->addStretch(1);
}

void AuditPage::buildViewer()
{
    auto* title = new QLabel(tr("Audit log"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* scope = new QLabel(
        m_scope->managerId ? tr("Your own events and those of the clerks.") : tr("Every event in this vault."), this);
    scope->setObjectName(u"auditScopeLabel"_s);

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"auditVerifyBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_banner->setVisible(false);
    connect(m_banner, &QLabel::linkActivated, this, [this] {
        if (m_badSeq)
            showEventFrom(*m_badSeq);
    });

    m_filters = new AuditFilterBar(this);
    m_filters->setObjectName(u"auditFilterBar"_s);

    m_error = new QLabel(this);
    m_error->setObjectName(u"auditError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b71c1c;"_s);
    m_error->setVisible(false);

    m_model = new AuditTableModel(this, AuditTableModel::Layout::Full);
    m_table = new QTableView(this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->moveSection(AuditTableModel::SeqColumn, 0); // the number first, as in `audit list`
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    // Sized to the rows loaded (a page at a time, so this stays cheap); details take the rest.
    for (int column = 0; column < AuditTableModel::DetailsColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    connect(m_model, &AuditTableModel::rowsInserted, this, &AuditPage::updateStatus);

    m_status = new QLabel(this);
    m_status->setObjectName(u"auditStatusLabel"_s);
    m_verify = new QPushButton(tr("&Verify chain"), this);
    m_verify->setObjectName(u"auditVerifyButton"_s);
    m_verify->setToolTip(tr("Check that no event was changed or removed since it was written"));
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);

    auto* refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setObjectName(u"auditRefreshAction"_s);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, this, [this] {
        reloadFilterLists();
        refresh();
    });
    addAction(refreshAction);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kFilterDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &AuditPage::refresh);
    connect(m_filters, &AuditFilterBar::changed, this, [this] {
        m_startSeq.reset();
        m_debounce.start();
    });

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(12);
    top->addWidget(scope, 1, Qt::AlignBottom);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_verify);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_filters);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    setTabOrder(m_filters, m_table);
    setTabOrder(m_table, m_verify);
}

void AuditPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous()) // navigating here, not a window restored from the task bar
        opened();
}

void AuditPage::opened()
{
    if (!m_scope) {
        // Someone reached the log without the right to read it: that attempt is recorded too.
        (void)m_session.recordEvent(audit::kAuditRead, QString(), audit::kDenied,
                                    u"role=%1"_s.arg(roleToStorage(m_session.employee().role)));
        return;
    }
    // No reading the log without leaving a trace (PCI DSS 10.2.1.3).
    auto recorded = m_session.recordEvent(audit::kAuditRead, QString(), audit::kSuccess,
                                          m_scope->managerId ? u"viewer scope=manager"_s : u"viewer"_s);
    if (!recorded) {
        m_model->clear();
        m_error->setText(tr("The audit log cannot be shown because reading it could not be recorded: %1")
                             .arg(recorded.errorMessage()));
        m_error->setVisible(true);
        m_verify->setEnabled(false);
        return;
    }
    m_verify->setEnabled(true);
    reloadFilterLists();
    refresh();
}

void AuditPage::reloadFilterLists()
{
    AuditLog log = m_session.auditLog();
    if (auto actors = log.actors(*m_scope))
        m_filters->setEmployees(actors.value());
    if (auto actions = log.actions())
        m_filters->setActions(actions.value());
}

void AuditPage::refresh()
{
    if (!m_scope)
        return;
    m_debounce.stop();
    AuditQuery query = m_filters->query();
    query.scope = *m_scope;
    query.limit = kPageSize;
    if (m_startSeq)
        query.beforeSeq = *m_startSeq + 1;
    const bool ok =
        m_model->setSource(query, [&session = m_session](const AuditQuery& q) { return session.auditLog().recent(q); });
    m_model->setFlaggedSeq(m_badSeq);
    m_error->setText(ok ? QString() : m_model->lastError());
    m_error->setVisible(!ok);
    updateStatus();
}

void AuditPage::updateStatus()
{
    if (!m_status)
        return;
    const int shown = m_model->rowCount();
    QString text;
    if (shown == 0)
        text = m_filters->isFiltered() ? tr("No event matches these filters.") : tr("No events.");
    else if (m_model->canFetchMore({}))
        text = tr("%1 events shown; scroll down for older ones.").arg(QLocale().toString(shown));
    else
        text = tr("%1 events.").arg(QLocale().toString(shown));
    if (m_startSeq)
        text = tr("From event %1: %2 Press Reset to see the newest events again.").arg(*m_startSeq).arg(text);
    m_status->setText(text);
}

void AuditPage::verifyChain()
{
    if (!m_scope)
        return;
    Result<AuditLog::Verification> v = [this] {
        WaitCursor wait;
        return verifyAuditLog(m_session);
    }();
    if (!v) {
        m_badSeq.reset();
        showBanner(false, tr("The audit log could not be verified: %1").arg(v.errorMessage().toHtmlEscaped()));
        return;
    }
    m_badSeq = v->intact ? std::nullopt : v->firstBadSeq;
    // The verification (and an owner's checkpoint) are new events: show them.
    reloadFilterLists();
    refresh();
    showVerification(v.value());
    if (m_badSeq)
        selectSeq(*m_badSeq);
}

void AuditPage::showVerification(const AuditLog::Verification& v)
{
    if (v.intact) {
        const QString checkpoints = v.checkpointCount == 1
                                        ? tr("1 signed checkpoint")
                                        : tr("%1 signed checkpoints").arg(QLocale().toString(v.checkpointCount));
        QString text =
            tr("<b>Audit chain intact:</b> %1 events checked, %2.").arg(QLocale().toString(v.eventCount), checkpoints);
        if (v.checkpointWritten)
            text += u' ' + tr("Your new checkpoint covers event %1.").arg(*v.checkpointWritten);
        else if (v.lastCheckpointSeq)
            text += u' ' + tr("The newest checkpoint covers event %1 (%2).")
                               .arg(QString::number(*v.lastCheckpointSeq), localTime(v.lastCheckpointAt));
        else
            text += u' ' + tr("No checkpoint is signed yet: an owner's verification signs one.");
        showBanner(true, text);
        return;
    }
    QString text = tr("<b>Audit chain broken.</b> %1 The log was altered outside Custos; keep this vault and its "
                      "backups for investigation.")
                       .arg(v.problem.toHtmlEscaped());
    if (v.firstBadSeq && m_model->rowForSeq(*v.firstBadSeq) < 0)
        text += u' ' + tr("<a href=\"#bad-event\">Show event %1</a>").arg(*v.firstBadSeq);
    showBanner(false, text);
}

void AuditPage::showBanner(bool good, const QString& html)
{
    m_banner->setProperty("intact", good);
    m_banner->setStyleSheet(good ? u"QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7; "
                                   "padding: 8px; }"_s
                                 : u"QLabel { background: #ffebee; color: #b71c1c; border: 1px solid #ef9a9a; "
                                   "padding: 8px; }"_s);
    m_banner->setText(html);
    m_banner->setVisible(true);
}

void AuditPage::showEventFrom(qint64 seq)
{
    {
        const QSignalBlocker block(m_filters);
        m_filters->reset();
    }
    m_startSeq = seq;
    refresh();
    selectSeq(seq);
    if (m_model->rowCount() > 0 && m_table->selectionModel()->selectedRows().isEmpty())
        m_table->selectRow(0); // the event itself is gone: show where it was
    m_table->setFocus();
}

void AuditPage::selectSeq(qint64 seq)
{
    const int row = m_model->rowForSeq(seq);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, AuditTableModel::ActionColumn), QAbstractItemView::PositionAtCenter);
}

} // namespace custos::ui
