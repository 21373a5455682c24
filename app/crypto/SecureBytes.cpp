#include "crypto/SecureBytes.h"

#include <algorithm>
#include <cstring>
#include <openssl/crypto.h>

namespace custos::crypto {

SecureBytes::SecureBytes(std::size_t size) : m_data(size ? new unsigned char[size]() : nullptr), m_size(size) {}

SecureBytes::SecureBytes(const void* data, std::size_t size) : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data.get(), data, size);
}

SecureBytes::SecureBytes(const SecureBytes& other) : SecureBytes(other.data(), other.size()) {}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept : m_data(std::move(other.m_data)), m_size(other.m_size)
{
    other.m_size = 0;
}

SecureBytes& SecureBytes::operator=(const SecureBytes& other)
{
    if (this != &other) {
        SecureBytes copy(other);
        *this = std::move(copy);
    }
    return *this;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        other.m_size = 0;
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    clear();
}

void SecureBytes::clear()
{
    if (m_data && m_size)
        OPENSSL_cleanse(m_data.get(), m_size);
    m_data.reset();
    m_size = 0;
}

SecureBytes SecureBytes::fromUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes out(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    wipe(utf8);
    return out;
}

SecureBytes SecureBytes::fromByteArray(const QByteArray& bytes)
{
    return SecureBytes(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

SecureBytes SecureBytes::fromHex(const QByteArray& hex)
{
    if (hex.size() % 2 != 0)
        return {};
    SecureBytes out(static_cast<std::size_t>(hex.size() / 2));
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        const int hi = hexValue(hex.at(i));
        const int lo = hexValue(hex.at(i + 1));
        if (hi < 0 || lo < 0)
            return {};
        out.m_data[static_cast<std::size_t>(i / 2)] = static_cast<unsigned char>(hi * 16 + lo);
    }
    return out;
}

SecureBytes SecureBytes::mid(std::size_t offset, std::size_t length) const
{
    if (offset >= m_size)
        return {};
    length = std::min(length, m_size - offset);
    return SecureBytes(m_data.get() + offset, length);
}

SecureBytes SecureBytes::operator+(const SecureBytes& other) const
{
    SecureBytes out(m_size + other.m_size);
    if (m_size)
        std::memcpy(out.m_data.get(), m_data.get(), m_size);
    if (other.m_size)
        std::memcpy(out.m_data.get() + m_size, other.m_data.get(), other.m_size);
    return out;
}

SecureBytes SecureBytes::toHex() const
{
    static constexpr char kDigits[] = "0123456789abcdef";
    SecureBytes out(m_size * 2);
    for (std::size_t i = 0; i < m_size; ++i) {
        out.m_data[2 * i] = static_cast<unsigned char>(kDigits[m_data[i] >> 4]);
        out.m_data[2 * i + 1] = static_cast<unsigned char>(kDigits[m_data[i] & 0x0f]);
    }
    return out;
}

QByteArray SecureBytes::toByteArray() const
{
    return QByteArray(constChar(), static_cast<qsizetype>(m_size));
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || CRYPTO_memcmp(m_data.get(), other.m_data.get(), m_size) == 0;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        bytes.clear(); // shared data: we cannot reach the other copy; drop our reference
        return;
    }
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

void wipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace custos::crypto
