#include "selfcheck/SelfCheckPage.h"

#include "common/Messages.h"
#include "main/MainWindow.h"
#include "orders/OrderService.h"
#include "selfcheck/IntegrityScan.h"
#include "session/WaitCursor.h"
#include "setup/FormStyle.h"
#include "vault/Session.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using custos::selfcheck::Finding;
using custos::selfcheck::Severity;

namespace custos::ui {
namespace {

constexpr int kFindingRole = Qt::UserRole + 1; // index into the report's findings

// Dark enough to read on white and distinct for most colour vision; the word is always there too.
QColor colourOf(Severity s)
{
    switch (s) {
    case Severity::Ok:
        return QColor(0x1b, 0x6e, 0x2e);
    case Severity::Warning:
        return QColor(0x8a, 0x5a, 0x00);
    case Severity::Problem:
        return QColor(0xb0, 0x1c, 0x1c);
    }
    return {};
}

QIcon iconOf(const QStyle* style, Severity s)
{
    switch (s) {
    case Severity::Ok:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Problem:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

int rank(Severity s)
{
    return s == Severity::Problem ? 0 : s == Severity::Warning ? 1 : 2;
}

QString pageLabel(const QString& page)
{
    if (page == QLatin1String("staff"))
        return SelfCheckPage::tr("Open &Staff");
    if (page == QLatin1String("review"))
        return SelfCheckPage::tr("Open &Access review");
    if (page == QLatin1String("audit"))
        return SelfCheckPage::tr("Open &Audit log");
    if (page == QLatin1String("purge"))
        return SelfCheckPage::tr("&Purge card numbers now");
    if (page == QLatin1String("keys"))
        return SelfCheckPage::tr("Open &Keys…");
    return {};
}

} // namespace

SelfCheckPage::SelfCheckPage(custos::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(u"selfCheckPage"_s);

    m_headline = new QLabel(tr("The security check runs in a moment…"), this);
    m_headline->setObjectName(u"selfCheckHeadline"_s);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_error = makeInlineError(this, u"selfCheckError"_s);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"selfCheckFindings"_s);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Result"), tr("Check"), tr("Found")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->resizeSection(0, 130);
    m_list->header()->resizeSection(1, 220);
    m_list->setAccessibleName(tr("Findings of the security check"));
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SelfCheckPage::showCurrentFinding);
    connect(m_list, &QTreeWidget::itemActivated, this, &SelfCheckPage::goToFix);

    m_detail = new QLabel(this);
    m_detail->setObjectName(u"selfCheckDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMinimumHeight(m_detail->fontMetrics().height() * 5);
    m_detail->setStyleSheet(u"#selfCheckDetail { border: 1px solid #bbb; padding: 8px; background: #fff; }"_s);

    m_goTo = new QPushButton(this);
    m_goTo->setObjectName(u"selfCheckGoToButton"_s);
    m_goTo->setAutoDefault(false);
    m_goTo->setVisible(false);
    connect(m_goTo, &QPushButton::clicked, this, &SelfCheckPage::goToFix);
    m_run = new QPushButton(tr("&Run again"), this);
    m_run->setObjectName(u"runSelfCheckButton"_s);
    m_run->setToolTip(tr("Run every check again (F5)"));
    m_run->setAutoDefault(false);
    connect(m_run, &QPushButton::clicked, this, &SelfCheckPage::runCheck);
    m_export = new QPushButton(tr("&Export signed report…"), this);
    m_export->setObjectName(u"exportSelfCheckButton"_s);
    m_export->setToolTip(tr("Save the findings as a PDF signed with the business's key (Ctrl+E)"));
    m_export->setAutoDefault(false);
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &SelfCheckPage::exportReport);

    auto* runAction = new QAction(this);
    runAction->setObjectName(u"runSelfCheckAction"_s);
    runAction->setShortcut(QKeySequence::Refresh);
    runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(runAction, &QAction::triggered, this, &SelfCheckPage::runCheck);
    addAction(runAction);
    auto* exportAction = new QAction(this);
    exportAction->setObjectName(u"exportSelfCheckAction"_s);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &SelfCheckPage::exportReport);
    addAction(exportAction);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_goTo);
    buttons->addStretch(1);
    buttons->addWidget(m_run);
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_headline);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_detail, 1);
    layout->addLayout(buttons);
    setTabOrder(m_list, m_goTo);
    setTabOrder(m_goTo, m_run);
    setTabOrder(m_run, m_export);
    setFocusProxy(m_list);

    // At each owner's sign-in: after the workspace has been shown, not before.
    QTimer::singleShot(kFirstRunDelayMs, this, &SelfCheckPage::runWhenNoDialogIsOpen);
}

void SelfCheckPage::runWhenNoDialogIsOpen()
{
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        QTimer::singleShot(kFirstRunDelayMs, this, &SelfCheckPage::runWhenNoDialogIsOpen);
        return;
    }
    runCheck();
}

void SelfCheckPage::focusList()
{
    m_list->setFocus(Qt::OtherFocusReason);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void SelfCheckPage::runCheck()
{
    if (m_running)
        return;
    m_running = true;
    m_run->setEnabled(false);
    m_export->setEnabled(false);
    // First the integrity scan, which reads the whole vault file, on a worker thread: the window
    // stays usable meanwhile. Then the rest (finishCheck), on this thread.
    m_headline->setText(tr("Checking the vault file for damage… You can go on working meanwhile."));
    IntegrityScan::start(m_session.database().path(), m_session.masterKey(), this,
                         [this](Finding integrity) { finishCheck(std::move(integrity)); });
}

void SelfCheckPage::finishCheck(Finding integrity)
{
    // Not under an open dialog: a key rotation may hold the vault, or a progress dialog may be
    // turning the event loop inside an open transaction. The finding waits until it is closed.
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        QTimer::singleShot(kFirstRunDelayMs, this,
                           [this, integrity = std::move(integrity)]() mutable { finishCheck(std::move(integrity)); });
        return;
    }
    // Verifying a long audit log takes a few seconds; it runs here, on the GUI thread, as the
    // audit page's verification does, with the busy state painted first.
    m_headline->setText(tr("Checking the vault and verifying the audit log…"));
    m_headline->repaint();
    Result<custos::selfcheck::Report> result = Error{};
    {
        WaitCursor wait;
        result = custos::selfcheck::SelfCheck(m_session).run(std::move(integrity));
    }
    m_running = false;
    m_run->setEnabled(true);
    if (!result) {
        showInlineError(m_error, tr("The security check could not run: %1").arg(result.errorMessage()));
        m_headline->setText(tr("The security check did not finish."));
        m_export->setEnabled(m_report.has_value());
        return;
    }
    showInlineError(m_error, {});
    m_report = result.value();
    showReport();
    emit checked(m_report->problems(), m_report->warnings());
}

void SelfCheckPage::showReport()
{
    const custos::selfcheck::Report& r = *m_report;
    m_headline->setText(tr("%1 — last run %2")
                            .arg(r.summary(), QLocale().toString(r.runAt.toLocalTime().time(), QLocale::ShortFormat)));
    QPalette palette = m_headline->palette();
    palette.setColor(QPalette::WindowText, r.problems() > 0   ? colourOf(Severity::Problem)
                                           : r.warnings() > 0 ? colourOf(Severity::Warning)
                                                              : colourOf(Severity::Ok));
    m_headline->setPalette(palette);

    const QString previous = currentFinding() ? currentFinding()->id : QString();
    QList<int> order(r.findings.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&r](int a, int b) { return rank(r.findings.at(a).severity) < rank(r.findings.at(b).severity); });
    m_list->clear();
    QTreeWidgetItem* select = nullptr;
    for (int index : std::as_const(order)) {
        const Finding& f = r.findings.at(index);
        auto* item = new QTreeWidgetItem(m_list);
        item->setIcon(0, iconOf(style(), f.severity));
        item->setText(0, custos::selfcheck::severityDisplayName(f.severity));
        item->setForeground(0, colourOf(f.severity));
        QFont font = item->font(0);
        font.setBold(f.severity != Severity::Ok);
        item->setFont(0, font);
        item->setText(1, f.title);
        item->setText(2, f.detail);
        item->setToolTip(2, f.detail);
        item->setData(0, kFindingRole, index);
        if (f.id == previous)
            select = item;
    }
    if (!select && m_list->topLevelItemCount() > 0)
        select = m_list->topLevelItem(0);
    m_list->setCurrentItem(select);
    m_export->setEnabled(true);
    showCurrentFinding();
}

const Finding* SelfCheckPage::currentFinding() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !m_report)
        return nullptr;
    const int index = item->data(0, kFindingRole).toInt();
    return index >= 0 && index < m_report->findings.size() ? &m_report->findings.at(index) : nullptr;
}

void SelfCheckPage::showCurrentFinding()
{
    const Finding* f = currentFinding();
    if (!f) {
        m_detail->clear();
        m_goTo->setVisible(false);
        return;
    }
    QString html =
        u"<p><b>%1: %2</b></p><p>%3</p>"_s.arg(custos::selfcheck::severityDisplayName(f->severity).toHtmlEscaped(),
                                               f->title.toHtmlEscaped(), f->detail.toHtmlEscaped());
    if (!f->action.isEmpty())
        html += u"<p><b>%1</b> %2</p>"_s.arg(tr("What to do:").toHtmlEscaped(), f->action.toHtmlEscaped());
    m_detail->setText(html);
    const QString label = f->severity == Severity::Ok ? QString() : pageLabel(f->page);
    m_goTo->setText(label);
    m_goTo->setVisible(!label.isEmpty());
}

void SelfCheckPage::goToFix()
{
    const Finding* f = currentFinding();
    if (!f || f->severity == Severity::Ok || f->page.isEmpty())
        return;
    if (f->page == QLatin1String("purge")) {
        if (!Messages::confirm(this, tr("Purge card numbers"),
                               tr("Destroy the encrypted full card numbers kept past the retention period? Brand, "
                                  "last 4 digits and expiry stay with the orders."),
                               tr("Purge")))
            return;
        auto purged = custos::OrderService(m_session).purgeDue();
        if (!purged) {
            Messages::warning(this, tr("Card numbers not purged"), purged.errorMessage());
            return;
        }
        Messages::information(this, tr("Card numbers purged"),
                              purged.value() == 1 ? tr("1 card number destroyed.")
                                                  : tr("%1 card numbers destroyed.").arg(purged.value()));
        runCheck();
        return;
    }
    if (f->page == QLatin1String("keys")) {
        // Settings → Keys… is a dialog, opened by the main window's action (owners only).
        if (auto* keys = window()->findChild<QAction*>(QStringLiteral("keysAction")); keys && keys->isEnabled())
            keys->trigger();
        return;
    }
    // The page lives in the main window, which shows it by name (and refuses pages the role lacks).
    if (auto* main = qobject_cast<MainWindow*>(window()))
        main->showPage(f->page);
}

void SelfCheckPage::exportReport()
{
    if (!m_report || m_running)
        return;
    QString path = std::exchange(m_nextSavePath, QString());
    if (path.isEmpty()) {
        const QString suggested = QDir::home().filePath(
            tr("security-check-%1.pdf").arg(m_report->runAt.toLocalTime().toString(u"yyyy-MM-dd-HHmm"_s)));
        path = QFileDialog::getSaveFileName(this, tr("Export signed security check report"), suggested,
                                            tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return;
    }
    Result<custos::documents::IssuedFile> issued = Error{};
    {
        WaitCursor wait;
        issued = custos::selfcheck::SelfCheck(m_session).exportReport(*m_report, path);
    }
    if (!issued) {
        Messages::warning(this, tr("Report not saved"), issued.errorMessage());
        return;
    }
    const QString where = QDir::toNativeSeparators(issued->path);
    Messages::information(this, tr("Report saved"),
                          issued->signaturePath.isEmpty()
                              ? tr("The report was saved to %1 (not signed: you hold no signing key).").arg(where)
                              : tr("The report was saved to %1 with its signature %2 (key %3).")
                                    .arg(where, QDir::toNativeSeparators(issued->signaturePath), issued->fingerprint));
}

} // namespace custos::ui
