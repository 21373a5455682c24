#pragma once

// Thin wrappers over OpenSSL 3. Every OpenSSL return code is checked; failures come back as
// Result errors whose messages never contain key material.

#include "core/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace custos::crypto {

// ---- random -------------------------------------------------------------------------------
// RAND_bytes from OpenSSL's CSPRNG.
Result<SecureBytes> randomBytes(std::size_t count);
Result<QByteArray> randomPublicBytes(std::size_t count); // salts, nonces, ids

// ---- hashing --------------------------------------------------------------------------------
QByteArray sha256(const QByteArray& data);
QByteArray sha256(const SecureBytes& data);
// HMAC-SHA256 (used where a keyed digest is needed).
Result<QByteArray> hmacSha256(const SecureBytes& key, const QByteArray& data);

// HMAC-SHA256 over data fed in pieces (files too large to hold at once).
class HmacSha256Stream
{
public:
    static Result<HmacSha256Stream> create(const SecureBytes& key);
    HmacSha256Stream(HmacSha256Stream&& other) noexcept;
    HmacSha256Stream& operator=(HmacSha256Stream&& other) noexcept;
    HmacSha256Stream(const HmacSha256Stream&) = delete;
    HmacSha256Stream& operator=(const HmacSha256Stream&) = delete;
    ~HmacSha256Stream();

    Result<void> update(const char* data, qsizetype size);
    Result<void> update(const QByteArray& data) { return update(data.constData(), data.size()); }
    Result<QByteArray> finish(); // 32 bytes; the stream cannot be used afterwards

private:
    HmacSha256Stream() = default;
    void* m_ctx = nullptr; // EVP_MAC_CTX
};

// ---- scrypt ---------------------------------------------------------------------------------
struct ScryptParams
{
    std::uint64_t n = 1u << 15;
    std::uint32_t r = 8;
    std::uint32_t p = 1;
    // Always passed to OpenSSL: it is the only bound on what a tampered keyring could ask for
    // (EVP_KDF "SCRYPT" would otherwise allow about 1 GiB; EVP_PBE_scrypt defaults to 32 MiB).
    std::uint64_t maxMemBytes = 64ull * 1024 * 1024;
};
// Derives `outLength` bytes. Rejects parameters outside sane bounds (n not a power of two,
// n < 2^10 or > 2^20, r or p of 0 or > 16) with Errc::Invalid, so a tampered keyring cannot
// ask for absurd work.
Result<SecureBytes> scrypt(const SecureBytes& password, const QByteArray& salt, const ScryptParams& params,
                           std::size_t outLength = 32);

// ---- AES-256-GCM ----------------------------------------------------------------------------
inline constexpr std::size_t kAeadKeySize = 32;
inline constexpr std::size_t kAeadNonceSize = 12;
inline constexpr std::size_t kAeadTagSize = 16;
// Output: nonce(12) || ciphertext || tag(16). A fresh random nonce every call.
Result<QByteArray> aeadSeal(const SecureBytes& key, const SecureBytes& plaintext, const QByteArray& associatedData);
// Errc::WrongSecret when the tag does not verify (wrong key, tampered data or AAD),
// Errc::Corrupt when the input is too short to be a sealed message.
Result<SecureBytes> aeadOpen(const SecureBytes& key, const QByteArray& sealed, const QByteArray& associatedData);

// ---- X25519 sealed box ---------------------------------------------------------------------
// seal: ephemeral X25519 key, HKDF-SHA256(shared secret, salt = eph_pub || recipient_pub,
// info = "custos sealed box v1") -> AES-256-GCM key.
// Format: 0x01 || ephemeral public key (32) || nonce (12) || ciphertext || tag (16).
inline constexpr std::size_t kX25519KeySize = 32;
struct X25519KeyPair
{
    QByteArray publicKey;   // 32 raw bytes
    SecureBytes privateKey; // 32 raw bytes
};
Result<X25519KeyPair> generateX25519();
Result<QByteArray> x25519PublicFromPrivate(const SecureBytes& privateKey);
Result<QByteArray> sealTo(const QByteArray& recipientPublicKey, const SecureBytes& plaintext,
                          const QByteArray& associatedData = {});
Result<SecureBytes> openSealed(const SecureBytes& recipientPrivateKey, const QByteArray& sealed,
                               const QByteArray& associatedData = {});

// ---- Ed25519 -------------------------------------------------------------------------------
inline constexpr std::size_t kEd25519KeySize = 32;
inline constexpr std::size_t kEd25519SignatureSize = 64;
struct Ed25519KeyPair
{
    QByteArray publicKey;   // 32 raw bytes
    SecureBytes privateKey; // 32 raw bytes (seed)
};
Result<Ed25519KeyPair> generateEd25519();
Result<QByteArray> ed25519PublicFromPrivate(const SecureBytes& privateKey);
Result<QByteArray> sign(const SecureBytes& privateKey, const QByteArray& message); // 64-byte signature
bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);
// SubjectPublicKeyInfo PEM ("-----BEGIN PUBLIC KEY-----"), as `openssl pkeyutl -pubin` reads it.
Result<QByteArray> ed25519PublicKeyToPem(const QByteArray& publicKey);
Result<QByteArray> ed25519PublicKeyFromPem(const QByteArray& pem);
// SHA-256 of the raw public key as upper-case hex in groups of four ("AB12 CD34 ...").
QString fingerprint(const QByteArray& publicKey);

} // namespace custos::crypto
