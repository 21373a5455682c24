#include "reports/ReportsPage.h"

#include "documents/DocumentSettings.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <utility>

namespace custos::ui {

using namespace Qt::StringLiterals;

ReportsPage::ReportsPage(custos::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(u"reportsPage"_s);

    auto* heading = new QLabel(tr("<h2>Compliance reports</h2>"), this);
    auto* intro = new QLabel(tr("Each report is saved as PDF or CSV with a signature file next to it (FILE.sig), so "
                                "an auditor or a bank can check that nobody changed it."),
                             this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"reportList"_s);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Report"), tr("What it shows")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    for (const reports::ReportInfo& info : reports::allReports()) {
        auto* item = new QTreeWidgetItem(m_list, {info.title, info.description});
        item->setData(0, Qt::UserRole, int(info.kind));
        item->setToolTip(1, info.description);
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));

    auto* fromLabel = new QLabel(tr("Fro&m:"), this);
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"fromDate"_s);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"yyyy-MM-dd"_s);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"toDate"_s);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(u"yyyy-MM-dd"_s);
    toLabel->setBuddy(m_to);
    m_quarterButton = new QPushButton(tr("&Last quarter"), this);
    m_quarterButton->setObjectName(u"lastQuarterButton"_s);
    m_quarterButton->setAutoDefault(false);
    m_periodNote = new QLabel(this);
    m_periodNote->setObjectName(u"periodNote"_s);
    setLastQuarter();

    auto* range = new QHBoxLayout;
    range->addWidget(fromLabel);
    range->addWidget(m_from);
    range->addSpacing(12);
    range->addWidget(toLabel);
    range->addWidget(m_to);
    range->addWidget(m_quarterButton);
    range->addSpacing(12);
    range->addWidget(m_periodNote, 1);

    m_pdfButton = new QPushButton(tr("Export &PDF…"), this);
    m_pdfButton->setObjectName(u"exportPdfButton"_s);
    m_csvButton = new QPushButton(tr("Export &CSV…"), this);
    m_csvButton->setObjectName(u"exportCsvButton"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(m_csvButton);
    buttons->addStretch(1);

    m_result = new QLabel(this);
    m_result->setObjectName(u"reportResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(range);
    layout->addLayout(buttons);
    layout->addWidget(m_result);

    setTabOrder(m_list, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_quarterButton);
    setTabOrder(m_quarterButton, m_pdfButton);
    setTabOrder(m_pdfButton, m_csvButton);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ReportsPage::updateControls);
    // Enter on a report exports it as PDF, the format auditors usually want.
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { exportAs(reports::ReportFormat::Pdf); });
    connect(m_quarterButton, &QPushButton::clicked, this, &ReportsPage::setLastQuarter);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { exportAs(reports::ReportFormat::Pdf); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { exportAs(reports::ReportFormat::Csv); });
    updateControls();
}

void ReportsPage::focusList()
{
    m_list->setFocus(Qt::OtherFocusReason);
}

reports::ReportKind ReportsPage::currentKind() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? reports::ReportKind(item->data(0, Qt::UserRole).toInt()) : reports::ReportKind::Access;
}

void ReportsPage::updateControls()
{
    const reports::ReportInfo info = reports::reportInfo(currentKind());
    m_from->setEnabled(info.usesPeriod);
    m_to->setEnabled(info.usesPeriod);
    m_quarterButton->setEnabled(info.usesPeriod);
    m_periodNote->setText(info.usesPeriod ? QString() : tr("This report shows the state today."));
    m_csvButton->setEnabled(info.csv);
    m_csvButton->setToolTip(info.csv ? QString() : tr("The statement is a PDF only."));
}

void ReportsPage::setLastQuarter()
{
    const auto [from, to] = reports::lastQuarter(m_session.clock().nowUtc().toLocalTime().date());
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportsPage::setMessage(const QString& text, bool error)
{
    m_result->setText(text);
    m_result->setStyleSheet(error ? u"color: #b3261e; font-weight: 600;"_s : QString());
    m_result->setVisible(!text.isEmpty());
}

void ReportsPage::exportAs(reports::ReportFormat format)
{
    const reports::ReportInfo info = reports::reportInfo(currentKind());
    if (format == reports::ReportFormat::Csv && !info.csv)
        return;
    if (info.usesPeriod && m_from->date() > m_to->date()) {
        setMessage(tr("The period starts after it ends: correct the dates."), true);
        m_from->setFocus(Qt::OtherFocusReason);
        return;
    }
    const bool pdf = format == reports::ReportFormat::Pdf;
    QString path = std::exchange(m_nextSavePath, QString());
    if (path.isEmpty()) {
        const QString suggested = QDir::home().filePath(reports::suggestedFileName(
            info.kind, m_from->date(), m_to->date(), format, m_session.clock().nowUtc().toLocalTime().date()));
        path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(info.title), suggested,
                                            pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
    }

    QProgressDialog progress(tr("Writing the %1 report…").arg(info.title), tr("Cancel"), 0, 0, this);
    progress.setObjectName(u"reportProgress"_s);
    progress.setWindowTitle(tr("Export report"));
    progress.setWindowModality(Qt::WindowModal);
    // Shown at once: the callback runs the event loop, and a lock or sign-out arriving then must
    // find a modal dialog to dismiss (which cancels the export) rather than tear down this page.
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    reports::ExportRequest request;
    request.kind = info.kind;
    request.from = m_from->date();
    request.to = m_to->date();
    request.format = format;
    // The paper the business chose in Settings → Documents (A4 or Letter).
    auto documentSettings = documents::loadDocumentSettings(m_session.database());
    request.pageSize = documentSettings ? documentSettings->pageSize : QPageSize::A4;
    auto issued =
        reports::ComplianceReports(m_session).exportReport(request, path, [&progress](qint64 done, qint64 total) {
            // QProgressDialog counts in int: show per mille.
            progress.setMaximum(1000);
            progress.setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.close();
    if (issued) {
        setMessage(tr("Saved %1 and its signature %2, signed with the key %3.")
                       .arg(QDir::toNativeSeparators(issued->path), QDir::toNativeSeparators(issued->signaturePath),
                            issued->fingerprint),
                   false);
    } else if (issued.errorCode() == Errc::Cancelled) {
        setMessage(tr("Export cancelled — no file was written."), false);
    } else {
        setMessage(issued.errorMessage(), true);
    }
}

} // namespace custos::ui
