#include "vault/RecoveryCode.h"

#include "crypto/Crypto.h"

#include <QStringList>
#include <cstring>

namespace custos::recovery {
namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U

Result<QString> randomString(int length, const char* alphabet, int alphabetSize)
{
    // 256 is a multiple of 32 and of nothing else we use, so reject-sample for other sizes.
    QString out;
    while (out.size() < length) {
        auto bytes = crypto::randomBytes(64);
        if (!bytes)
            return bytes.error();
        for (std::size_t i = 0; i < bytes->size() && out.size() < length; ++i) {
            const int v = bytes->data()[i];
            if (v < 256 - (256 % alphabetSize))
                out.append(QLatin1Char(alphabet[v % alphabetSize]));
        }
    }
    return out;
}
} // namespace

Result<QString> generateCode()
{
    return randomString(kCodeLength, kAlphabet, 32);
}

crypto::SecureBytes normalize(const QString& typed)
{
    QByteArray out;
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        char ch = static_cast<char>(c.toUpper().toLatin1());
        if (ch == 'O')
            ch = '0';
        else if (ch == 'I' || ch == 'L')
            ch = '1';
        if (!std::strchr(kAlphabet, ch) || ch == '\0') {
            crypto::wipe(out);
            return {};
        }
        out.append(ch);
    }
    if (out.size() != kCodeLength) {
        crypto::wipe(out);
        return {};
    }
    crypto::SecureBytes result = crypto::SecureBytes::fromByteArray(out);
    crypto::wipe(out);
    return result;
}

QString formatForDisplay(const QString& code)
{
    QStringList groups;
    for (int i = 0; i < code.size(); i += 5)
        groups << code.mid(i, 5);
    return groups.join(QLatin1Char('-'));
}

Result<QString> generateOneTimePassword()
{
    static constexpr char kLower[] = "abcdefghijkmnpqrstuvwxyz23456789";
    auto s = randomString(16, kLower, 32);
    if (!s)
        return s.error();
    const QString& v = s.value();
    return QStringLiteral("%1-%2-%3-%4").arg(v.mid(0, 4), v.mid(4, 4), v.mid(8, 4), v.mid(12, 4));
}

} // namespace custos::recovery
