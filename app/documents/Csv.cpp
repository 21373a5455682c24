#include "documents/Csv.h"

#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <unistd.h>

namespace custos::csv {
namespace {

// Translation context for the parser's messages.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

Error invalid(const QString& message)
{
    return Error{message, Errc::Invalid};
}

// Offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF), or -1 when all of it is.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80; // overlong
            hi = c == 0xED ? 0x9F : 0xBF; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        if (p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (int k = 2; k <= extra; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return i;
        i += extra + 1;
    }
    return -1;
}

int lineAt(const QByteArray& bytes, qsizetype offset)
{
    return static_cast<int>(QByteArrayView(bytes.constData(), offset).count('\n')) + 1;
}

// The candidate that occurs most often (outside quotes) in the first non-blank line.
QChar detectDelimiter(const QString& text)
{
    const QList<QChar> candidates{QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    QList<int> counts(candidates.size(), 0);
    bool quoted = false;
    bool sawContent = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (sawContent)
                break;
            continue;
        }
        sawContent = true;
        if (!quoted) {
            const qsizetype k = candidates.indexOf(c);
            if (k >= 0)
                ++counts[k];
        }
    }
    qsizetype best = 0;
    for (qsizetype k = 1; k < counts.size(); ++k)
        if (counts.at(k) > counts.at(best))
            best = k;
    return candidates.at(best);
}

class Parser
{
public:
    Parser(const QString& text, QChar delimiter) : m_text(text), m_delimiter(delimiter) {}

    Result<void> run()
    {
        const qsizetype n = m_text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = m_text.at(i);
            const bool crlf = c == QLatin1Char('\r') && i + 1 < n && m_text.at(i + 1) == QLatin1Char('\n');
            const bool lineBreak = c == QLatin1Char('\n') || c == QLatin1Char('\r');
            if (m_state == State::Quoted) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < n && m_text.at(i + 1) == QLatin1Char('"')) {
                        CUSTOS_TRY(append(QLatin1Char('"')));
                        ++i;
                    } else {
                        m_state = State::AfterQuote;
                    }
                    continue;
                }
                if (lineBreak) {
                    // Line breaks inside a value are kept as LF whatever the file used.
                    if (crlf)
                        ++i;
                    ++m_line;
                    CUSTOS_TRY(append(QLatin1Char('\n')));
                    continue;
                }
                CUSTOS_TRY(append(c));
                continue;
            }
            if (m_state == State::StartField && c == QLatin1Char('"')) {
                m_state = State::Quoted;
                m_quoteLine = m_line;
                m_recordQuoted = true;
                continue;
            }
            if (c == m_delimiter) {
                endField();
                continue;
            }
            if (lineBreak) {
                if (crlf)
                    ++i;
                CUSTOS_TRY(endRecord());
                ++m_line;
                m_recordLine = m_line;
                continue;
            }
            // Text after a closing quote, or a quote inside an unquoted value, is kept as typed
            // (as spreadsheets do) rather than refusing the whole file.
            if (m_state == State::StartField)
                m_state = State::Unquoted;
            CUSTOS_TRY(append(c));
        }
        if (m_state == State::Quoted)
            return invalid(Csv::tr("Line %1: a value starts with a quote (\") that is never closed. Check that "
                                   "quotes inside values are doubled (\"\").")
                               .arg(m_quoteLine));
        if (!m_record.isEmpty() || !m_field.isEmpty() || m_state != State::StartField)
            CUSTOS_TRY(endRecord());
        return success();
    }

    QList<QStringList> records;
    QList<int> lines;

private:
    enum class State { StartField, Unquoted, Quoted, AfterQuote };

    Result<void> append(QChar c)
    {
        if (m_field.size() >= kMaxFieldChars) {
            if (m_state == State::Quoted)
                return invalid(Csv::tr("Line %1: a quoted value starting here is longer than %2 characters. Probably "
                                       "a quote (\") is never closed.")
                                   .arg(m_quoteLine)
                                   .arg(kMaxFieldChars));
            return invalid(Csv::tr("Line %1: a value is longer than %2 characters.").arg(m_line).arg(kMaxFieldChars));
        }
        m_field.append(c);
        return success();
    }

    void endField()
    {
        m_record.append(m_field);
        m_field.clear();
        m_state = State::StartField;
    }

    Result<void> endRecord()
    {
        endField();
        // Lines of nothing but delimiters (spreadsheets pad with them) are blank too.
        bool blank = !m_recordQuoted;
        for (const QString& cell : std::as_const(m_record))
            blank = blank && cell.trimmed().isEmpty();
        if (!blank) {
            // The header is the first record; kMaxRows counts the rows after it.
            if (records.size() > kMaxRows)
                return invalid(Csv::tr("The file has more than %1 rows. Split it into smaller files.").arg(kMaxRows));
            records.append(m_record);
            lines.append(m_recordLine);
        }
        m_record.clear();
        m_recordQuoted = false;
        return success();
    }

    const QString& m_text;
    const QChar m_delimiter;
    State m_state = State::StartField;
    QString m_field;
    QStringList m_record;
    bool m_recordQuoted = false;
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteLine = 1;
};

QString guarded(const QString& cell)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && kFormulaStarts.contains(cell.front()))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString quoted(const QString& cell)
{
    static const QString kNeedsQuotes = QStringLiteral(",;\"\r\n\t");
    bool needs = false;
    for (const QChar c : cell)
        if (kNeedsQuotes.contains(c)) {
            needs = true;
            break;
        }
    if (!needs)
        return cell;
    QString out = cell;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

Result<Table> parse(const QByteArray& input, QChar delimiter)
{
    if (input.size() > kMaxBytes)
        return invalid(
            Csv::tr("The file is larger than %1 MB. Split it into smaller files.").arg(kMaxBytes / (1024 * 1024)));
    if (input.startsWith("\xFF\xFE") || input.startsWith("\xFE\xFF"))
        return invalid(Csv::tr("The file is saved as UTF-16 text. Save it again as \"CSV UTF-8\"."));
    QByteArray bytes = input;
    if (bytes.startsWith(kUtf8Bom))
        bytes.remove(0, kUtf8Bom.size());
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return invalid(Csv::tr("Line %1 contains a NUL byte: this is not a text file, or it is saved as UTF-16. "
                               "Save it again as \"CSV UTF-8\".")
                           .arg(lineAt(bytes, nul)));
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0)
        return invalid(
            Csv::tr("Line %1 is not valid UTF-8 text. Save the file again as \"CSV UTF-8\".").arg(lineAt(bytes, bad)));
    const QString text = QString::fromUtf8(bytes);
    if (text.trimmed().isEmpty())
        return invalid(Csv::tr("The file is empty."));

    Parser parser(text, delimiter.isNull() ? detectDelimiter(text) : delimiter);
    CUSTOS_TRY(parser.run());
    if (parser.records.isEmpty())
        return invalid(Csv::tr("The file is empty."));

    Table table;
    for (const QString& cell : parser.records.constFirst())
        table.header << cell.trimmed();
    table.rows = parser.records.mid(1);
    table.lineNumbers = parser.lines.mid(1);
    return table;
}

QByteArray encodeRow(const QStringList& cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += quoted(guarded(cells.at(i)));
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

QByteArray write(const QStringList& header, const QList<QStringList>& rows)
{
    QByteArray out = kUtf8Bom;
    out += encodeRow(header);
    for (const QStringList& row : rows)
        out += encodeRow(row);
    return out;
}

AtomicFile::AtomicFile(const QString& path) : m_path(path), m_file(path) {}

AtomicFile::~AtomicFile()
{
    cancel();
}

Error AtomicFile::failure(int savedErrno) const
{
    const QString where = QDir::toNativeSeparators(m_path);
    switch (savedErrno) {
    case ENOSPC:
    case EDQUOT:
        return Error{
            tr("Cannot write %1: the disk is full. Free some space and try again; no file was written.").arg(where),
            Errc::Io};
    case EFBIG: // past the largest file the drive (4 GiB on FAT32) or a ulimit allows
        return Error{tr("Cannot write %1: the disk is full, or the file is larger than that drive allows. Free some "
                        "space or choose another drive; no file was written.")
                         .arg(where),
                     Errc::Io};
    case EROFS:
        return Error{tr("Cannot write %1: the disk is read-only. Choose another folder.").arg(where), Errc::Io};
    case EACCES:
    case EPERM:
        return Error{
            tr("Cannot write %1: you have no permission to write in that folder. Choose another folder.").arg(where),
            Errc::Io};
    default:
        break;
    }
    return Error{tr("Cannot write %1 (%2). The disk may be full or read-only; no file was written.")
                     .arg(where, m_file.errorString()),
                 Errc::Io};
}

Result<void> AtomicFile::open()
{
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error{tr("The folder %1 does not exist. Choose another folder.").arg(QDir::toNativeSeparators(folder)),
                     Errc::Io};
    if (info.isDir())
        return Error{tr("%1 is a folder. Give a file name.").arg(QDir::toNativeSeparators(m_path)), Errc::Io};
    // QSaveFile writes a temporary file next to the target: the folder itself must be writable.
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        return failure(errno);
    errno = 0;
    if (!m_file.open(QIODevice::WriteOnly))
        return failure(errno);
    // Exports hold personal data: readable by the employee's account only.
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return success();
}

Result<void> AtomicFile::write(const QByteArray& bytes)
{
    errno = 0;
    if (m_file.write(bytes) != bytes.size()) {
        // The message first: after cancel() the file's error string only says "canceled".
        const Error error = failure(errno);
        cancel();
        return error;
    }
    return success();
}

Result<void> AtomicFile::commit()
{
    errno = 0;
    if (!m_file.commit())
        return failure(errno);
    return success();
}

void AtomicFile::cancel()
{
    // QSaveFile then drops its temporary file when destroyed; the target is never touched.
    if (m_file.isOpen())
        m_file.cancelWriting();
}

Result<void> writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    AtomicFile file(path);
    CUSTOS_TRY(file.open());
    CUSTOS_TRY(file.write(bytes));
    return file.commit();
}

} // namespace custos::csv
