#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <algorithm>
#include <climits>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include <utility>

namespace custos::crypto {

namespace {

template <auto FreeFn>
struct OpenSslDeleter
{
    template <typename T>
    void operator()(T* p) const
    {
        FreeFn(p);
    }
};
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, OpenSslDeleter<&EVP_CIPHER_CTX_free>>;
using KdfPtr = std::unique_ptr<EVP_KDF, OpenSslDeleter<&EVP_KDF_free>>;
using KdfCtxPtr = std::unique_ptr<EVP_KDF_CTX, OpenSslDeleter<&EVP_KDF_CTX_free>>;

// `text` must be wrapped in QT_TRANSLATE_NOOP("Crypto", ...) at the call site so lupdate sees it.
// OpenSSL's error queue is dropped: its entries are for developers and would pile up per thread.
Error fail(const char* text, Errc code = Errc::Failed)
{
    ERR_clear_error();
    return Error{QCoreApplication::translate("Crypto", text), code};
}

// OpenSSL wants a non-null pointer even for zero-length inputs in a few places.
const unsigned char kEmpty[1] = {0};

const unsigned char* bytesOf(const QByteArray& bytes)
{
    return bytes.isEmpty() ? kEmpty : reinterpret_cast<const unsigned char*>(bytes.constData());
}

const unsigned char* bytesOf(const SecureBytes& bytes)
{
    return bytes.isEmpty() ? kEmpty : bytes.data();
}

// GCM update calls take an int length; feed long inputs in chunks.
constexpr std::size_t kChunk = std::size_t{1} << 30;

bool gcmUpdate(EVP_CIPHER_CTX* ctx, bool encrypt, unsigned char* out, const unsigned char* in, std::size_t length,
               std::size_t* written)
{
    *written = 0;
    for (std::size_t offset = 0; offset < length;) {
        const int chunk = static_cast<int>(std::min(kChunk, length - offset));
        int outLength = 0;
        const int rc = encrypt ? EVP_EncryptUpdate(ctx, out + *written, &outLength, in + offset, chunk)
                               : EVP_DecryptUpdate(ctx, out + *written, &outLength, in + offset, chunk);
        if (rc != 1 || outLength < 0)
            return false;
        *written += static_cast<std::size_t>(outLength);
        offset += static_cast<std::size_t>(chunk);
    }
    return true;
}

bool gcmAad(EVP_CIPHER_CTX* ctx, bool encrypt, const QByteArray& aad)
{
    if (aad.isEmpty())
        return true;
    std::size_t ignored = 0;
    return gcmUpdate(ctx, encrypt, nullptr, bytesOf(aad), static_cast<std::size_t>(aad.size()), &ignored);
}

bool isPowerOfTwo(std::uint64_t n)
{
    return n != 0 && (n & (n - 1)) == 0;
}

// The same arithmetic OpenSSL uses before it allocates (B and V arrays), done up front so a
// request that cannot fit is refused as invalid instead of failing deep inside the KDF.
std::uint64_t scryptMemoryNeeded(const ScryptParams& params)
{
    const std::uint64_t blockLen = std::uint64_t{params.p} * 128u * params.r;
    const std::uint64_t vLen = 128u * std::uint64_t{params.r} * (params.n + 2);
    return blockLen + vLen;
}

} // namespace

// ---- random -------------------------------------------------------------------------------

Result<SecureBytes> randomBytes(std::size_t count)
{
    if (count > static_cast<std::size_t>(INT_MAX))
        return fail(QT_TRANSLATE_NOOP("Crypto", "Too many random bytes requested."), Errc::Invalid);
    SecureBytes out(count);
    if (count > 0 && RAND_bytes(out.data(), static_cast<int>(count)) != 1)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The system random number generator failed."));
    return out;
}

Result<QByteArray> randomPublicBytes(std::size_t count)
{
    if (count > static_cast<std::size_t>(INT_MAX))
        return fail(QT_TRANSLATE_NOOP("Crypto", "Too many random bytes requested."), Errc::Invalid);
    QByteArray out(static_cast<qsizetype>(count), Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(count)) != 1)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The system random number generator failed."));
    return out;
}

// ---- hashing --------------------------------------------------------------------------------

namespace {
QByteArray sha256Raw(const unsigned char* data, std::size_t size)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (EVP_Digest(data, size, digest, &digestLength, EVP_sha256(), nullptr) != 1) {
        // SHA-256 has no failure mode other than allocation; an empty digest never matches.
        ERR_clear_error();
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(digestLength));
}
} // namespace

QByteArray sha256(const QByteArray& data)
{
    return sha256Raw(bytesOf(data), static_cast<std::size_t>(data.size()));
}

QByteArray sha256(const SecureBytes& data)
{
    return sha256Raw(bytesOf(data), data.size());
}

Result<QByteArray> hmacSha256(const SecureBytes& key, const QByteArray& data)
{
    if (key.size() > static_cast<std::size_t>(INT_MAX))
        return fail(QT_TRANSLATE_NOOP("Crypto", "The key is too long."), Errc::Invalid);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (HMAC(EVP_sha256(), bytesOf(key), static_cast<int>(key.size()), bytesOf(data),
             static_cast<std::size_t>(data.size()), mac, &macLength) == nullptr)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not compute a keyed digest."));
    QByteArray out(reinterpret_cast<const char*>(mac), static_cast<qsizetype>(macLength));
    OPENSSL_cleanse(mac, sizeof mac);
    return out;
}

Result<HmacSha256Stream> HmacSha256Stream::create(const SecureBytes& key)
{
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!mac)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not compute a keyed digest."));
    EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(mac);
    EVP_MAC_free(mac);
    if (!ctx)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not compute a keyed digest."));
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    if (EVP_MAC_init(ctx, bytesOf(key), key.size(), params) != 1) {
        EVP_MAC_CTX_free(ctx);
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not compute a keyed digest."));
    }
    HmacSha256Stream stream;
    stream.m_ctx = ctx;
    return stream;
}

HmacSha256Stream::HmacSha256Stream(HmacSha256Stream&& other) noexcept : m_ctx(std::exchange(other.m_ctx, nullptr)) {}

HmacSha256Stream& HmacSha256Stream::operator=(HmacSha256Stream&& other) noexcept
{
    if (this != &other) {
        EVP_MAC_CTX_free(static_cast<EVP_MAC_CTX*>(m_ctx));
        m_ctx = std::exchange(other.m_ctx, nullptr);
    }
    return *this;
}

HmacSha256Stream::~HmacSha256Stream()
{
    EVP_MAC_CTX_free(static_cast<EVP_MAC_CTX*>(m_ctx));
}

Result<void> HmacSha256Stream::update(const char* data, qsizetype size)
{
    if (!m_ctx || size < 0)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not compute a keyed digest."));
    if (size > 0 && EVP_MAC_update(static_cast<EVP_MAC_CTX*>(m_ctx), reinterpret_cast<const unsigned char*>(data),
                                   static_cast<std::size_t>(size)) != 1)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not compute a keyed digest."));
    return success();
}

Result<QByteArray> HmacSha256Stream::finish()
{
    if (!m_ctx)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not compute a keyed digest."));
    unsigned char out[EVP_MAX_MD_SIZE];
    std::size_t length = 0;
    const int ok = EVP_MAC_final(static_cast<EVP_MAC_CTX*>(m_ctx), out, &length, sizeof out);
    EVP_MAC_CTX_free(static_cast<EVP_MAC_CTX*>(m_ctx));
    m_ctx = nullptr;
    if (ok != 1)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not compute a keyed digest."));
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(length));
}

// ---- scrypt ---------------------------------------------------------------------------------

Result<SecureBytes> scrypt(const SecureBytes& password, const QByteArray& salt, const ScryptParams& params,
                           std::size_t outLength)
{
    constexpr std::uint64_t kMinN = std::uint64_t{1} << 10;
    constexpr std::uint64_t kMaxN = std::uint64_t{1} << 20;
    constexpr std::uint32_t kMaxRP = 16;
    constexpr std::size_t kMaxOut = 1024;
    if (!isPowerOfTwo(params.n) || params.n < kMinN || params.n > kMaxN || params.r == 0 || params.r > kMaxRP ||
        params.p == 0 || params.p > kMaxRP)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The key derivation parameters are outside the allowed range."),
                    Errc::Invalid);
    if (outLength == 0 || outLength > kMaxOut)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The requested key length is not supported."), Errc::Invalid);
    if (scryptMemoryNeeded(params) > params.maxMemBytes)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The key derivation parameters need more memory than allowed."),
                    Errc::Invalid);

    KdfPtr kdf(EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_SCRYPT, nullptr));
    if (!kdf)
        return fail(QT_TRANSLATE_NOOP("Crypto", "scrypt is not available in this OpenSSL build."));
    KdfCtxPtr ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not prepare the key derivation."));

    std::uint64_t n = params.n;
    std::uint32_t r = params.r;
    std::uint32_t p = params.p;
    std::uint64_t maxMem = params.maxMemBytes;
    // OSSL_PARAM takes non-const pointers but only reads from them for EVP_KDF_derive.
    const OSSL_PARAM kdfParams[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, const_cast<unsigned char*>(bytesOf(password)),
                                          password.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<unsigned char*>(bytesOf(salt)),
                                          static_cast<std::size_t>(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMem),
        OSSL_PARAM_construct_end(),
    };

    SecureBytes out(outLength);
    if (EVP_KDF_derive(ctx.get(), out.data(), outLength, kdfParams) != 1)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The key derivation failed (not enough memory?)."));
    return out;
}

// ---- AES-256-GCM ----------------------------------------------------------------------------

Result<QByteArray> aeadSeal(const SecureBytes& key, const SecureBytes& plaintext, const QByteArray& associatedData)
{
    if (key.size() != kAeadKeySize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The encryption key has the wrong size."), Errc::Invalid);
    if (plaintext.size() > static_cast<std::size_t>(INT_MAX) - kAeadNonceSize - kAeadTagSize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The data is too large to encrypt in one piece."), Errc::Invalid);

    Result<QByteArray> nonce = randomPublicBytes(kAeadNonceSize);
    if (!nonce)
        return nonce.error();

    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not prepare encryption."));
    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kAeadNonceSize), nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytesOf(nonce.value())) != 1)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not prepare encryption."));
    if (!gcmAad(ctx.get(), true, associatedData))
        return fail(QT_TRANSLATE_NOOP("Crypto", "Encryption failed."));

    QByteArray out(static_cast<qsizetype>(kAeadNonceSize + plaintext.size() + kAeadTagSize), Qt::Uninitialized);
    auto* outBytes = reinterpret_cast<unsigned char*>(out.data());
    std::copy_n(bytesOf(nonce.value()), kAeadNonceSize, outBytes);
    unsigned char* cipherBytes = outBytes + kAeadNonceSize;

    std::size_t written = 0;
    if (!gcmUpdate(ctx.get(), true, cipherBytes, bytesOf(plaintext), plaintext.size(), &written))
        return fail(QT_TRANSLATE_NOOP("Crypto", "Encryption failed."));
    int finalLength = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), cipherBytes + written, &finalLength) != 1 || finalLength < 0)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Encryption failed."));
    written += static_cast<std::size_t>(finalLength);
    if (written != plaintext.size())
        return fail(QT_TRANSLATE_NOOP("Crypto", "Encryption failed."));
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kAeadTagSize), cipherBytes + written) !=
        1)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Encryption failed."));
    return out;
}

Result<SecureBytes> aeadOpen(const SecureBytes& key, const QByteArray& sealed, const QByteArray& associatedData)
{
    if (key.size() != kAeadKeySize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The encryption key has the wrong size."), Errc::Invalid);
    const auto sealedSize = static_cast<std::size_t>(sealed.size());
    if (sealedSize < kAeadNonceSize + kAeadTagSize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The encrypted data is truncated."), Errc::Corrupt);

    const auto* in = reinterpret_cast<const unsigned char*>(sealed.constData());
    const std::size_t cipherSize = sealedSize - kAeadNonceSize - kAeadTagSize;
    const unsigned char* cipherBytes = in + kAeadNonceSize;
    // EVP_CTRL_GCM_SET_TAG takes a non-const buffer.
    unsigned char tag[kAeadTagSize];
    std::copy_n(cipherBytes + cipherSize, kAeadTagSize, tag);

    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not prepare decryption."));
    if (EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kAeadNonceSize), nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), in) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kAeadTagSize), tag) != 1)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not prepare decryption."));
    if (!gcmAad(ctx.get(), false, associatedData))
        return fail(QT_TRANSLATE_NOOP("Crypto", "Decryption failed."));

    // Plaintext goes straight into a wiping buffer; it is dropped (and wiped) if the tag fails.
    SecureBytes plaintext(cipherSize);
    std::size_t written = 0;
    if (!gcmUpdate(ctx.get(), false, plaintext.data(), cipherBytes, cipherSize, &written))
        return fail(QT_TRANSLATE_NOOP("Crypto", "Decryption failed."));
    int finalLength = 0;
    // A one-byte scratch target: GCM writes nothing at final, but OpenSSL wants a pointer.
    unsigned char scratch[1];
    if (EVP_DecryptFinal_ex(ctx.get(), cipherSize ? plaintext.data() + written : scratch, &finalLength) != 1)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The data could not be decrypted: wrong key, or it was altered."),
                    Errc::WrongSecret);
    if (written + static_cast<std::size_t>(std::max(finalLength, 0)) != cipherSize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Decryption failed."));
    return plaintext;
}

} // namespace custos::crypto
