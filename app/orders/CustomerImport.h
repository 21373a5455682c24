#pragma once

#include "core/Result.h"
#include "domain/Customer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>
#include <functional>

namespace custos {

class CustomerService;

// One data row of an import file and what will happen to it.
struct ImportRow
{
    int line = 0;              // 1-based line in the file where the row starts
    CustomerDraft draft;       // the mapped cells, as in the file
    CustomerProblems problems; // per field, from CustomerService::validate
    QString rowProblem;        // the row as a whole: too few / too many values
    QList<qint64> duplicateOf; // customers already in the vault (same phone, or name + postal code)
    int duplicateOfLine = 0;   // an earlier row of this file with the same customer (0: none)
    bool importAnyway = false; // duplicates only: set by CustomerImport::setImportDuplicates

    bool isValid() const { return problems.isEmpty() && rowProblem.isEmpty(); }
    bool isDuplicate() const { return !duplicateOf.isEmpty() || duplicateOfLine > 0; }
    bool willImport() const { return isValid() && (!isDuplicate() || importAnyway); }
    // Every reason this row is skipped (or a duplicate warning), translated, one per entry:
    // "Phone: ...", "Same customer as line 4", "Already in the vault (customer 12)".
    QStringList messages() const;
};

// A customer import from a CSV file: read and check everything first (a preview with
// per-row problems), then commit() the rows that can be imported in one transaction.
//
// Columns are found by header name, ignoring case, spaces, underscores and hyphens, with
// synonyms (Name / Full name / Customer, Street / Address / Address line 1, City / Town,
// Region / State / County / Province, Postal code / Postcode / ZIP / ZIP code, Country,
// Phone / Telephone / Phone number / Tel, Email / E-mail). Rows that duplicate a customer in
// the vault, or an earlier row of the file, are skipped unless setImportDuplicates(true).
class CustomerImport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImport)
public:
    // Errc::Invalid for a malformed file (csv::parse's message names the line) or missing
    // required columns (the message lists the columns needed). Checking reads the vault once
    // per row (duplicates): `progress(done, total)` is called every 100 rows and at the end;
    // returning false stops with Errc::Cancelled.
    static Result<CustomerImport> fromCsv(const QByteArray& bytes, const CustomerService& service,
                                          const std::function<bool(int done, int total)>& progress = {});

    const QList<ImportRow>& rows() const { return m_rows; }
    int validCount() const;   // rows that willImport()
    int problemCount() const; // rows that will not: rows().size() - validCount()
    // Header cells no field was taken from (shown so a clerk sees what is ignored).
    QStringList unmappedColumns() const { return m_unmapped; }
    // Field -> 0-based column index in the file.
    QMap<CustomerField, int> columnMapping() const { return m_mapping; }

    // Duplicates of vault customers and earlier rows are imported too when true.
    void setImportDuplicates(bool import);

    // Creates every row that willImport() with CustomerService::createMany: one transaction,
    // all or nothing. `progress` returning false cancels (Errc::Cancelled, nothing imported).
    // Returns the number imported. A second commit() is refused (Errc::Invalid).
    Result<int> commit(CustomerService& service, const std::function<bool(int done, int total)>& progress = {});
    // Ids of the customers created by commit(), in file order.
    QList<qint64> importedIds() const { return m_importedIds; }

    // Display names of the columns a file must have ("Name", "Street", ...), for help texts.
    static QStringList requiredColumns();

private:
    QList<ImportRow> m_rows;
    QStringList m_unmapped;
    QMap<CustomerField, int> m_mapping;
    QList<qint64> m_importedIds;
    bool m_committed = false;
};

} // namespace custos
