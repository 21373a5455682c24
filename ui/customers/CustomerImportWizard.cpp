#include "customers/CustomerImportWizard.h"

#include "customers/ImportPreviewModel.h"
#include "documents/Csv.h"
#include "orders/CustomerService.h"
#include "setup/FormStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <functional>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {

// A page whose Next/Import button follows a condition of the wizard's.
class ImportPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { emit completeChanged(); }
};

QString customersText(int n)
{
    return n == 1 ? CustomerImportWizard::tr("1 customer") : CustomerImportWizard::tr("%1 customers").arg(n);
}

QString rowsText(int n)
{
    return n == 1 ? CustomerImportWizard::tr("1 row") : CustomerImportWizard::tr("%1 rows").arg(n);
}

} // namespace

CustomerImportWizard::CustomerImportWizard(custos::CustomerService& service, QWidget* parent)
    : QWizard(parent), m_service(service)
{
    setObjectName(u"customerImportWizard"_s);
    setWindowTitle(tr("Import customers"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage | QWizard::NoBackButtonOnStartPage);
    setPage(FilePage, buildFilePage());
    setPage(PreviewPage, buildPreviewPage());
    setPage(DonePage, buildDonePage());
    resize(900, 580);
}

CustomerImportWizard::~CustomerImportWizard() = default;

QWizardPage* CustomerImportWizard::buildFilePage()
{
    auto* page = new ImportPage(this);
    page->setObjectName(u"importFilePage"_s);
    page->setTitle(tr("Choose a CSV file"));
    page->setSubTitle(tr("One customer per row, with a header row naming the columns."));

    auto* help = new QLabel(tr("Needed columns: %1. Region and email are optional; other columns are ignored, "
                               "because Custos keeps only what an order needs.")
                                .arg(custos::CustomerImport::requiredColumns().join(u", "_s)),
                            page);
    help->setObjectName(u"importHelpLabel"_s);
    help->setWordWrap(true);
    m_fileEdit = new QLineEdit(page);
    m_fileEdit->setObjectName(u"importFileEdit"_s);
    m_fileEdit->setPlaceholderText(tr("Path of the file"));
    auto* choose = new QPushButton(tr("&Choose…"), page);
    choose->setObjectName(u"chooseFileButton"_s);
    connect(choose, &QPushButton::clicked, this, &CustomerImportWizard::chooseFile);
    m_fileError = makeInlineError(page, u"importFileError"_s);
    page->complete = [this] { return !m_fileEdit->text().trimmed().isEmpty(); };
    connect(m_fileEdit, &QLineEdit::textChanged, page, [this, page] {
        showInlineError(m_fileError, {});
        page->changed();
    });

    auto* row = new QHBoxLayout;
    row->addWidget(m_fileEdit, 1);
    row->addWidget(choose);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(help);
    layout->addSpacing(8);
    layout->addLayout(row);
    layout->addWidget(m_fileError);
    layout->addStretch(1);
    return page;
}

QWizardPage* CustomerImportWizard::buildPreviewPage()
{
    auto* page = new ImportPage(this);
    page->setObjectName(u"importPreviewPage"_s);
    page->setTitle(tr("Check the rows"));
    page->setSubTitle(tr("Nothing is saved until you press Import."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    page->complete = [this] { return m_import && m_import->validCount() > 0; };

    m_summary = new QLabel(page);
    m_summary->setObjectName(u"importSummaryLabel"_s);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_ignored = makeHint({}, page, u"importIgnoredLabel"_s);
    m_duplicates = new QCheckBox(page);
    m_duplicates->setObjectName(u"importDuplicatesCheck"_s);
    connect(m_duplicates, &QCheckBox::toggled, this, [this, page](bool on) {
        if (!m_import)
            return;
        m_import->setImportDuplicates(on);
        m_model->refreshStatus();
        showRowDetails();
        updatePreview();
        page->changed();
    });

    m_model = new ImportPreviewModel(this);
    m_table = new QTableView(page);
    m_table->setObjectName(u"importPreviewTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    // Fixed widths: measuring the contents of a 100,000-row file would stall the preview.
    header->resizeSection(ImportPreviewModel::LineColumn, 50);
    header->resizeSection(ImportPreviewModel::NameColumn, 160);
    header->resizeSection(ImportPreviewModel::PhoneColumn, 130);
    header->resizeSection(ImportPreviewModel::PostalCodeColumn, 90);
    header->resizeSection(ImportPreviewModel::CityColumn, 110);
    header->setSectionResizeMode(ImportPreviewModel::StatusColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_status = makeInlineError(page, u"importStatusLabel"_s);
    // The Status column is elided when long: the current row's reasons in full, under the table.
    m_rowDetails = new QLabel(page);
    m_rowDetails->setObjectName(u"importRowDetails"_s);
    m_rowDetails->setWordWrap(true);
    m_rowDetails->setTextFormat(Qt::PlainText);
    m_rowDetails->setMinimumHeight(2 * m_rowDetails->fontMetrics().lineSpacing());
    m_rowDetails->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomerImportWizard::showRowDetails);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_ignored);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_rowDetails);
    layout->addWidget(m_status);
    return page;
}

QWizardPage* CustomerImportWizard::buildDonePage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(u"importDonePage"_s);
    page->setTitle(tr("Import finished"));
    page->setFinalPage(true);
    m_result = new QLabel(page);
    m_result->setObjectName(u"importResultLabel"_s);
    m_result->setWordWrap(true);
    QFont bigger = m_result->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    m_result->setFont(bigger);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_result);
    layout->addStretch(1);
    return page;
}

void CustomerImportWizard::showRowDetails()
{
    const QModelIndex current = m_table->currentIndex();
    m_rowDetails->setText(
        current.isValid() ? tr("Line %1: %2")
                                .arg(m_model->index(current.row(), ImportPreviewModel::LineColumn).data().toString(),
                                     m_model->index(current.row(), ImportPreviewModel::StatusColumn).data().toString())
                          : QString());
}

void CustomerImportWizard::setFileForTest(const QString& path)
{
    m_fileEdit->setText(path);
}

void CustomerImportWizard::chooseFile()
{
    const QString start = m_fileEdit->text().isEmpty() ? QDir::homePath() : QFileInfo(m_fileEdit->text()).path();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import customers"), start, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_fileEdit->setText(QDir::toNativeSeparators(path));
}

bool CustomerImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage && !readFile())
        return false;
    if (currentId() == PreviewPage && !runImport())
        return false;
    return QWizard::validateCurrentPage();
}

bool CustomerImportWizard::readFile()
{
    QFile file(QDir::fromNativeSeparators(m_fileEdit->text().trimmed()));
    if (!file.exists()) {
        showInlineError(m_fileError, tr("There is no file at this path."));
        return false;
    }
    if (file.size() > custos::csv::kMaxBytes) {
        showInlineError(m_fileError, tr("This file is larger than %1 MB: split it into smaller files.")
                                         .arg(custos::csv::kMaxBytes / (1024 * 1024)));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showInlineError(m_fileError, tr("The file cannot be read: %1").arg(file.errorString()));
        return false;
    }
    m_bytes = file.readAll();
    return parse();
}

bool CustomerImportWizard::parse()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto import = custos::CustomerImport::fromCsv(m_bytes, m_service);
    QApplication::restoreOverrideCursor();
    if (!import) {
        m_model->setImport(nullptr);
        m_import.reset();
        showInlineError(m_fileError, import.errorMessage());
        return false;
    }
    m_model->setImport(nullptr);
    m_import = std::move(import.value());
    m_import->setImportDuplicates(m_duplicates->isChecked());
    m_model->setImport(&*m_import, &m_service);
    // Start on the first row that needs attention, its reasons shown in full.
    int first = 0;
    while (first < m_model->rowCount() && m_model->index(first, 0).data(ImportPreviewModel::WillImportRole).toBool())
        ++first;
    m_table->setCurrentIndex(m_model->index(first < m_model->rowCount() ? first : 0, 0));
    showInlineError(m_status, {});
    updatePreview();
    return true;
}

void CustomerImportWizard::updatePreview()
{
    const int total = int(m_import->rows().size());
    const int valid = m_import->validCount();
    const int skipped = m_import->problemCount();
    m_summary->setText(valid == 0 ? tr("None of the %1 in this file can be imported: see Status.").arg(rowsText(total))
                                  : tr("%1 in the file: %2 will be imported, %3 skipped.")
                                        .arg(rowsText(total), customersText(valid), rowsText(skipped)));
    const QStringList ignored = m_import->unmappedColumns();
    m_ignored->setText(tr("Ignored columns (not imported): %1").arg(ignored.join(u", "_s)));
    m_ignored->setVisible(!ignored.isEmpty());
    int duplicates = 0;
    for (const custos::ImportRow& row : m_import->rows())
        duplicates += row.isValid() && row.isDuplicate() ? 1 : 0;
    m_duplicates->setText(tr("Import rows that look like existing customers too (%1)").arg(duplicates));
    m_duplicates->setVisible(duplicates > 0 || m_duplicates->isChecked());
}

bool CustomerImportWizard::runImport()
{
    if (!m_import)
        return false;
    const int total = m_import->validCount();
    QProgressDialog progress(tr("Importing %1…").arg(customersText(total)), tr("Cancel"), 0, total, this);
    progress.setObjectName(u"importProgress"_s);
    progress.setWindowTitle(tr("Import customers"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setValue(0);
    // The database belongs to this thread: the work stays here and keeps the window responsive
    // (and Cancel clickable) by processing events between rows.
    auto result = m_import->commit(m_service, [&progress](int done, int all) {
        progress.setMaximum(all);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.close();
    if (!result) {
        const bool cancelled = result.errorCode() == custos::Errc::Cancelled;
        showInlineError(m_status, cancelled ? tr("Nothing was imported.")
                                            : tr("Nothing was imported: %1").arg(result.errorMessage()));
        return false; // the rows stay as previewed: Import can be pressed again
    }
    m_imported = result.value();
    const int skipped = int(m_import->rows().size()) - m_imported;
    m_result->setText(tr("Imported %1; %2 skipped.").arg(customersText(m_imported), rowsText(skipped)));
    emit customersImported(m_imported);
    return true;
}

} // namespace custos::ui
