#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <memory>

namespace custos::crypto {

// A fixed-size byte buffer for secrets (keys, passwords, PANs) that is wiped with
// OPENSSL_cleanse when destroyed or overwritten. Never convert it to a long-lived QString.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size); // zero-filled
    SecureBytes(const void* data, std::size_t size);
    SecureBytes(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    ~SecureBytes();

    // Copies a password typed into a widget as UTF-8. The caller should clear the widget.
    static SecureBytes fromUtf8(const QString& text);
    // Copies the bytes; the caller remains responsible for wiping `bytes` if it was secret.
    static SecureBytes fromByteArray(const QByteArray& bytes);
    // Decodes lower/upper case hex; returns an empty buffer if `hex` is not valid hex.
    static SecureBytes fromHex(const QByteArray& hex);

    unsigned char* data() { return m_data.get(); }
    const unsigned char* data() const { return m_data.get(); }
    const char* constChar() const { return reinterpret_cast<const char*>(m_data.get()); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // A new buffer of bytes [offset, offset + length). Out-of-range parts are clipped.
    SecureBytes mid(std::size_t offset, std::size_t length) const;
    SecureBytes operator+(const SecureBytes& other) const;

    // Lower-case hex in a SecureBytes (for PRAGMA key); never logs.
    SecureBytes toHex() const;
    // A QByteArray copy for APIs that need one; wipe it yourself (crypto::wipe) when done.
    QByteArray toByteArray() const;

    // Constant-time comparison.
    bool operator==(const SecureBytes& other) const;

    void clear();

private:
    std::unique_ptr<unsigned char[]> m_data;
    std::size_t m_size = 0;
};

// Overwrites the contents of a QByteArray / QString that held a secret.
void wipe(QByteArray& bytes);
void wipe(QString& text);

} // namespace custos::crypto
