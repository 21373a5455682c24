// csv::parse on arbitrary bytes (customer imports), and the writer's promise: a table written
// with csv::write reads back cell for cell, with every formula start defused by an apostrophe.

#include "FuzzSupport.h"
#include "documents/Csv.h"

using namespace custos;

namespace {

const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
const QString kNeedsQuotes = QStringLiteral(",;\"\r\n\t");

QString guarded(const QString& cell)
{
    return !cell.isEmpty() && kFormulaStarts.contains(cell.front()) ? QLatin1Char('\'') + cell : cell;
}

bool writtenQuoted(const QString& cell)
{
    for (const QChar c : guarded(cell))
        if (kNeedsQuotes.contains(c))
            return true;
    return false;
}

// The cell as csv::write stores it and csv::parse gives it back.
QString expectedCell(const QString& cell)
{
    QString out = guarded(cell);
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return out;
}

// The parser skips records of nothing but blanks that were not quoted.
bool readsAsBlank(const QStringList& row)
{
    for (const QString& cell : row) {
        const QString stored = expectedCell(cell);
        if (!stored.trimmed().isEmpty())
            return false;
        for (const QChar c : stored)
            if (kNeedsQuotes.contains(c))
                return false;
    }
    return true;
}

void checkRoundTrip(const csv::Table& table)
{
    for (const QStringList& row : table.rows)
        for (const QString& cell : row)
            if (cell.size() >= csv::kMaxFieldChars - 1)
                return; // the apostrophe may push it over the limit: refused, and that is fine
    const QStringList header = table.header;
    // Decoding drops a byte-order mark at the very start of the text, after the one csv::write
    // adds: an unquoted first header cell starting with U+FEFF loses it (only a header starts
    // a file, and Custos's headers are its own column names).
    QStringList headerAsRead = header;
    const bool losesBom =
        !header.isEmpty() && header.constFirst().startsWith(QChar(0xFEFF)) && !writtenQuoted(header.constFirst());
    if (losesBom)
        headerAsRead.first() = headerAsRead.constFirst().mid(1);
    if (header.isEmpty() || readsAsBlank(headerAsRead))
        return;
    const QByteArray written = csv::write(header, table.rows);
    auto back = csv::parse(written, QLatin1Char(','));
    CUSTOS_FUZZ_EXPECT_MSG(back, back.error().message);
    QStringList expectedHeader;
    for (const QString& cell : header)
        expectedHeader << expectedCell(cell);
    if (losesBom)
        expectedHeader.first() = expectedHeader.constFirst().mid(1);
    for (QString& cell : expectedHeader)
        cell = cell.trimmed();
    CUSTOS_FUZZ_EXPECT_MSG(back->header == expectedHeader, expectedHeader.join(QLatin1Char('|')));
    QList<QStringList> expectedRows;
    for (const QStringList& row : table.rows) {
        if (readsAsBlank(row))
            continue;
        QStringList cells;
        for (const QString& cell : row)
            cells << expectedCell(cell);
        expectedRows << cells;
    }
    CUSTOS_FUZZ_EXPECT(back->rows == expectedRows);
    for (const QStringList& row : back->rows)
        for (const QString& cell : row)
            CUSTOS_FUZZ_EXPECT_MSG(cell.isEmpty() || !kFormulaStarts.contains(cell.front()), cell);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    auto table = csv::parse(input);
    if (!table) {
        CUSTOS_FUZZ_EXPECT(table.error().code == Errc::Invalid && !table.error().message.isEmpty());
        return 0;
    }
    CUSTOS_FUZZ_EXPECT(table->rows.size() == table->lineNumbers.size());
    int previous = 0;
    for (const int line : std::as_const(table->lineNumbers)) {
        CUSTOS_FUZZ_EXPECT(line > previous);
        previous = line;
    }
    checkRoundTrip(table.value());
    return 0;
}
