#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QSaveFile>
#include <QString>
#include <QStringList>

// CSV as spreadsheets write and read it (RFC 4180), for customer imports and order exports.
namespace custos::csv {

inline constexpr qsizetype kMaxBytes = 50 * 1024 * 1024;
inline constexpr int kMaxRows = 500000;
inline constexpr int kMaxFieldChars = 10000;

struct Table
{
    QStringList header;      // cells trimmed
    QList<QStringList> rows; // cells as in the file; ragged rows kept as they are
    QList<int> lineNumbers;  // 1-based source line where each row starts
};

// UTF-8 (a BOM is dropped), CRLF or LF, quoted fields with "" escapes and line breaks inside.
// `delimiter` null: the one of , ; TAB that occurs most in the header line. Blank lines are
// skipped. Errc::Invalid naming the line for invalid UTF-8, an unterminated quote or a field
// over kMaxFieldChars; Errc::Invalid too for an empty file and over kMaxBytes / kMaxRows.
Result<Table> parse(const QByteArray& bytes, QChar delimiter = QChar());

// One record, CRLF-terminated: cells quoted when needed ("" escapes), and a cell starting
// with = + - @ TAB or CR prefixed with an apostrophe so a spreadsheet never runs it as a
// formula (OWASP CSV injection).
QByteArray encodeRow(const QStringList& cells);
// UTF-8 BOM (so Excel reads the file as UTF-8), the header and the rows.
QByteArray write(const QStringList& header, const QList<QStringList>& rows);
inline const QByteArray kUtf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

// A file that appears complete or not at all (QSaveFile). Errors say what a clerk can do:
// a missing folder, no permission / read-only, a full disk. Destroying it without commit()
// leaves no file behind.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
public:
    explicit AtomicFile(const QString& path);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    Result<void> open();
    Result<void> write(const QByteArray& bytes);
    Result<void> commit();
    void cancel();

private:
    Error failure(int savedErrno) const;
    QString m_path;
    QSaveFile m_file;
};

Result<void> writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace custos::csv
