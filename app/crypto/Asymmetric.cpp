#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <climits>
#include <memory>
#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/pem.h>

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
using PkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<&EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<&EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<&EVP_MD_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<&BIO_free>>;
using KdfPtr = std::unique_ptr<EVP_KDF, OpenSslDeleter<&EVP_KDF_free>>;
using KdfCtxPtr = std::unique_ptr<EVP_KDF_CTX, OpenSslDeleter<&EVP_KDF_CTX_free>>;

// `text` must be wrapped in QT_TRANSLATE_NOOP("Crypto", ...) at the call site so lupdate sees it.
// OpenSSL's error queue is dropped: its entries are for developers and would pile up per thread.
Error fail(const char* text, Errc code = Errc::Failed)
{
    ERR_clear_error();
    return Error{QCoreApplication::translate("Crypto", text), code};
}

constexpr unsigned char kSealedBoxVersion = 0x01;
constexpr char kSealedBoxInfo[] = "custos sealed box v1";
constexpr char kHkdfDigest[] = "SHA256";
constexpr std::size_t kSealedHeaderSize = 1 + kX25519KeySize;
// PEM public keys are a few hundred bytes; anything far larger is not one.
constexpr qsizetype kMaxPemSize = 64 * 1024;

const unsigned char* bytesOf(const QByteArray& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

PkeyPtr newPrivateKey(int type, const SecureBytes& privateKey)
{
    return PkeyPtr(EVP_PKEY_new_raw_private_key(type, nullptr, privateKey.data(), privateKey.size()));
}

PkeyPtr newPublicKey(int type, const QByteArray& publicKey)
{
    return PkeyPtr(
        EVP_PKEY_new_raw_public_key(type, nullptr, bytesOf(publicKey), static_cast<std::size_t>(publicKey.size())));
}

PkeyPtr generateKey(int type)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_id(type, nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1)
        return {};
    EVP_PKEY* key = nullptr;
    if (EVP_PKEY_keygen(ctx.get(), &key) != 1)
        return {};
    return PkeyPtr(key);
}

// Both X25519 and Ed25519 keys are 32 raw bytes.
Result<QByteArray> rawPublicKey(EVP_PKEY* key)
{
    QByteArray out(static_cast<qsizetype>(kX25519KeySize), Qt::Uninitialized);
    std::size_t length = kX25519KeySize;
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(out.data()), &length) != 1 ||
        length != kX25519KeySize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not read the public key."));
    return out;
}

Result<SecureBytes> rawPrivateKey(EVP_PKEY* key)
{
    SecureBytes out(kX25519KeySize);
    std::size_t length = kX25519KeySize;
    if (EVP_PKEY_get_raw_private_key(key, out.data(), &length) != 1 || length != kX25519KeySize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not read the private key."));
    return out;
}

// X25519 shared secret. OpenSSL refuses an all-zero result (a low-order peer key).
Result<SecureBytes> deriveShared(EVP_PKEY* ownKey, EVP_PKEY* peerKey)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new(ownKey, nullptr));
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peerKey) != 1)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not agree on a key with the other party."), Errc::Invalid);
    std::size_t length = 0;
    if (EVP_PKEY_derive(ctx.get(), nullptr, &length) != 1 || length != kX25519KeySize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not agree on a key with the other party."), Errc::Invalid);
    SecureBytes shared(length);
    if (EVP_PKEY_derive(ctx.get(), shared.data(), &length) != 1 || length != kX25519KeySize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not agree on a key with the other party."), Errc::Invalid);
    return shared;
}

// HKDF-SHA256(shared, salt = ephemeral public || recipient public, info = kSealedBoxInfo) -> AES key.
Result<SecureBytes> sealedBoxKey(const SecureBytes& shared, const QByteArray& ephemeralPublic,
                                 const QByteArray& recipientPublic)
{
    KdfPtr kdf(EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_HKDF, nullptr));
    if (!kdf)
        return fail(QT_TRANSLATE_NOOP("Crypto", "HKDF is not available in this OpenSSL build."));
    KdfCtxPtr ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not prepare the key derivation."));

    QByteArray salt = ephemeralPublic + recipientPublic;
    // OSSL_PARAM takes non-const pointers but only reads from them for EVP_KDF_derive.
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char*>(kHkdfDigest), 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<unsigned char*>(shared.data()), shared.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt.data(), static_cast<std::size_t>(salt.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(kSealedBoxInfo),
                                          sizeof kSealedBoxInfo - 1),
        OSSL_PARAM_construct_end(),
    };
    SecureBytes key(kAeadKeySize);
    if (EVP_KDF_derive(ctx.get(), key.data(), key.size(), params) != 1)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The key derivation failed."));
    return key;
}

} // namespace

// ---- X25519 sealed box ---------------------------------------------------------------------

Result<X25519KeyPair> generateX25519()
{
    PkeyPtr key = generateKey(EVP_PKEY_X25519);
    if (!key)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not generate an encryption key pair."));
    Result<QByteArray> publicKey = rawPublicKey(key.get());
    if (!publicKey)
        return publicKey.error();
    Result<SecureBytes> privateKey = rawPrivateKey(key.get());
    if (!privateKey)
        return privateKey.error();
    return X25519KeyPair{std::move(publicKey).value(), std::move(privateKey).value()};
}

Result<QByteArray> x25519PublicFromPrivate(const SecureBytes& privateKey)
{
    if (privateKey.size() != kX25519KeySize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The private key has the wrong size."), Errc::Invalid);
    PkeyPtr key = newPrivateKey(EVP_PKEY_X25519, privateKey);
    if (!key)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The private key is not usable."), Errc::Invalid);
    return rawPublicKey(key.get());
}

Result<QByteArray> sealTo(const QByteArray& recipientPublicKey, const SecureBytes& plaintext,
                          const QByteArray& associatedData)
{
    if (static_cast<std::size_t>(recipientPublicKey.size()) != kX25519KeySize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The recipient's public key has the wrong size."), Errc::Invalid);
    PkeyPtr recipient = newPublicKey(EVP_PKEY_X25519, recipientPublicKey);
    if (!recipient)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The recipient's public key is not usable."), Errc::Invalid);

    PkeyPtr ephemeral = generateKey(EVP_PKEY_X25519);
    if (!ephemeral)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not generate an encryption key pair."));
    Result<QByteArray> ephemeralPublic = rawPublicKey(ephemeral.get());
    if (!ephemeralPublic)
        return ephemeralPublic.error();

    Result<SecureBytes> shared = deriveShared(ephemeral.get(), recipient.get());
    if (!shared)
        return shared.error();
    // The ephemeral private key dies with `ephemeral`; OpenSSL wipes it in EVP_PKEY_free.
    ephemeral.reset();

    Result<SecureBytes> key = sealedBoxKey(shared.value(), ephemeralPublic.value(), recipientPublicKey);
    if (!key)
        return key.error();
    Result<QByteArray> box = aeadSeal(key.value(), plaintext, associatedData);
    if (!box)
        return box.error();

    QByteArray out;
    out.reserve(static_cast<qsizetype>(kSealedHeaderSize) + box->size());
    out.append(static_cast<char>(kSealedBoxVersion));
    out.append(ephemeralPublic.value());
    out.append(box.value());
    return out;
}

Result<SecureBytes> openSealed(const SecureBytes& recipientPrivateKey, const QByteArray& sealed,
                               const QByteArray& associatedData)
{
    if (recipientPrivateKey.size() != kX25519KeySize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The private key has the wrong size."), Errc::Invalid);
    if (static_cast<std::size_t>(sealed.size()) < kSealedHeaderSize + kAeadNonceSize + kAeadTagSize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The encrypted data is truncated."), Errc::Corrupt);
    if (static_cast<unsigned char>(sealed.at(0)) != kSealedBoxVersion)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The encrypted data has an unknown format."), Errc::Corrupt);

    PkeyPtr recipient = newPrivateKey(EVP_PKEY_X25519, recipientPrivateKey);
    if (!recipient)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The private key is not usable."), Errc::Invalid);
    Result<QByteArray> recipientPublic = rawPublicKey(recipient.get());
    if (!recipientPublic)
        return recipientPublic.error();

    const QByteArray ephemeralPublic = sealed.mid(1, static_cast<qsizetype>(kX25519KeySize));
    PkeyPtr ephemeral = newPublicKey(EVP_PKEY_X25519, ephemeralPublic);
    if (!ephemeral)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The encrypted data is damaged."), Errc::Corrupt);

    Result<SecureBytes> shared = deriveShared(recipient.get(), ephemeral.get());
    if (!shared) // only a forged, low-order ephemeral key gets here
        return fail(QT_TRANSLATE_NOOP("Crypto", "The encrypted data is damaged."), Errc::Corrupt);
    Result<SecureBytes> key = sealedBoxKey(shared.value(), ephemeralPublic, recipientPublic.value());
    if (!key)
        return key.error();
    return aeadOpen(key.value(), sealed.mid(static_cast<qsizetype>(kSealedHeaderSize)), associatedData);
}

// ---- Ed25519 -------------------------------------------------------------------------------

Result<Ed25519KeyPair> generateEd25519()
{
    PkeyPtr key = generateKey(EVP_PKEY_ED25519);
    if (!key)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not generate a signing key pair."));
    Result<QByteArray> publicKey = rawPublicKey(key.get());
    if (!publicKey)
        return publicKey.error();
    Result<SecureBytes> privateKey = rawPrivateKey(key.get());
    if (!privateKey)
        return privateKey.error();
    return Ed25519KeyPair{std::move(publicKey).value(), std::move(privateKey).value()};
}

Result<QByteArray> ed25519PublicFromPrivate(const SecureBytes& privateKey)
{
    if (privateKey.size() != kEd25519KeySize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The signing key has the wrong size."), Errc::Invalid);
    PkeyPtr key = newPrivateKey(EVP_PKEY_ED25519, privateKey);
    if (!key)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The signing key is not usable."), Errc::Invalid);
    return rawPublicKey(key.get());
}

Result<QByteArray> sign(const SecureBytes& privateKey, const QByteArray& message)
{
    if (privateKey.size() != kEd25519KeySize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The signing key has the wrong size."), Errc::Invalid);
    PkeyPtr key = newPrivateKey(EVP_PKEY_ED25519, privateKey);
    if (!key)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The signing key is not usable."), Errc::Invalid);
    MdCtxPtr ctx(EVP_MD_CTX_new());
    // Ed25519 hashes internally (PureEdDSA), so no digest is given and only one-shot signing works.
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not prepare the signature."));
    QByteArray signature(static_cast<qsizetype>(kEd25519SignatureSize), Qt::Uninitialized);
    std::size_t length = kEd25519SignatureSize;
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, bytesOf(message),
                       static_cast<std::size_t>(message.size())) != 1 ||
        length != kEd25519SignatureSize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Signing failed."));
    return signature;
}

bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    if (static_cast<std::size_t>(publicKey.size()) != kEd25519KeySize ||
        static_cast<std::size_t>(signature.size()) != kEd25519SignatureSize)
        return false;
    PkeyPtr key = newPublicKey(EVP_PKEY_ED25519, publicKey);
    MdCtxPtr ctx(EVP_MD_CTX_new());
    const bool ok = key && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
                    EVP_DigestVerify(ctx.get(), bytesOf(signature), kEd25519SignatureSize, bytesOf(message),
                                     static_cast<std::size_t>(message.size())) == 1;
    if (!ok)
        ERR_clear_error();
    return ok;
}

Result<QByteArray> ed25519PublicKeyToPem(const QByteArray& publicKey)
{
    if (static_cast<std::size_t>(publicKey.size()) != kEd25519KeySize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The public key has the wrong size."), Errc::Invalid);
    PkeyPtr key = newPublicKey(EVP_PKEY_ED25519, publicKey);
    if (!key)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The public key is not usable."), Errc::Invalid);
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not export the public key."));
    char* pem = nullptr;
    // BIO_get_mem_data() spelled out: the macro uses a C-style cast.
    const long length = BIO_ctrl(bio.get(), BIO_CTRL_INFO, 0, static_cast<void*>(&pem));
    if (length <= 0 || pem == nullptr)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not export the public key."));
    return QByteArray(pem, static_cast<qsizetype>(length));
}

Result<QByteArray> ed25519PublicKeyFromPem(const QByteArray& pem)
{
    if (pem.isEmpty() || pem.size() > kMaxPemSize)
        return fail(QT_TRANSLATE_NOOP("Crypto", "This is not a PEM public key."), Errc::Invalid);
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio)
        return fail(QT_TRANSLATE_NOOP("Crypto", "Could not read the public key."));
    PkeyPtr key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return fail(QT_TRANSLATE_NOOP("Crypto", "This is not a PEM public key."), Errc::Invalid);
    if (EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        return fail(QT_TRANSLATE_NOOP("Crypto", "The public key is not an Ed25519 signing key."), Errc::Invalid);
    return rawPublicKey(key.get());
}

QString fingerprint(const QByteArray& publicKey)
{
    const QByteArray hex = sha256(publicKey).toHex().toUpper();
    QString out;
    out.reserve(hex.size() + hex.size() / 4);
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (i > 0)
            out.append(QLatin1Char(' '));
        out.append(QLatin1String(hex.constData() + i, 4));
    }
    return out;
}

} // namespace custos::crypto
