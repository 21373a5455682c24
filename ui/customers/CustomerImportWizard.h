#pragma once

#include "orders/CustomerImport.h"

#include <QByteArray>
#include <QWizard>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace custos {
class CustomerService;
}

namespace custos::ui {

class ImportPreviewModel;

// Customers from a CSV file in three steps: choose the file, check the preview (what each row
// becomes, with its line number), import. The import is one transaction with a progress
// dialog and Cancel: either every shown row is imported or none is.
class CustomerImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, PreviewPage, DonePage };

    explicit CustomerImportWizard(custos::CustomerService& service, QWidget* parent = nullptr);
    ~CustomerImportWizard() override;

    // Stands in for the file dialog in tests.
    void setFileForTest(const QString& path);
    // The file read for the preview; null before.
    const custos::CustomerImport* currentImport() const { return m_import ? &*m_import : nullptr; }
    // Customers imported; -1 until an import succeeded.
    int importedCount() const { return m_imported; }

    bool validateCurrentPage() override;

signals:
    void customersImported(int count);

private:
    QWizardPage* buildFilePage();
    QWizardPage* buildPreviewPage();
    QWizardPage* buildDonePage();
    void chooseFile();
    bool readFile();
    bool parse();
    void updatePreview();
    void showRowDetails();
    bool runImport();

    custos::CustomerService& m_service;
    QByteArray m_bytes;
    std::optional<custos::CustomerImport> m_import;
    int m_imported = -1;

    QLineEdit* m_fileEdit = nullptr;
    QLabel* m_fileError = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_ignored = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_rowDetails = nullptr;
    QCheckBox* m_duplicates = nullptr;
    QTableView* m_table = nullptr;
    ImportPreviewModel* m_model = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace custos::ui
