// A signed document and its FILE.sig as someone hands them in for checking:
// documents::verifyDetached with an arbitrary signature, document and extra public key.
//
// Input: byte 0 = signature length, byte 1 = length of an extra public key, then the key, the
// signature and the document. The vault's own key (fixed seed) is always tried too: a forged
// input must never verify under it, and its genuine signature over the document always must.

#include "FuzzSupport.h"
#include "crypto/Crypto.h"
#include "documents/Signing.h"

#include <algorithm>

using namespace custos;

namespace {

struct Signer
{
    crypto::SecureBytes privateKey;
    QByteArray publicKey;
};

const Signer& signer()
{
    static const Signer s = [] {
        Signer k;
        k.privateKey = crypto::SecureBytes::fromUtf8(QStringLiteral("custos fuzz signing seed 32 byte"));
        auto pub = crypto::ed25519PublicFromPrivate(k.privateKey);
        if (!pub)
            fuzz::broken("fixture", pub.error().message);
        k.publicKey = pub.value();
        return k;
    }();
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray input = fuzz::bytes(data, size);
    qsizetype pos = 2;
    const qsizetype signatureLength = std::min<qsizetype>(std::uint8_t(input.at(0)), input.size() - pos);
    const qsizetype extraKeyLength = std::min<qsizetype>(std::uint8_t(input.at(1)) % 65, input.size() - pos);
    const QByteArray extraKey = input.mid(pos, extraKeyLength);
    pos += extraKeyLength;
    const QByteArray signature = input.mid(pos, signatureLength);
    pos += signature.size();
    const QByteArray document = input.mid(pos);

    const documents::Verification fuzzed =
        documents::verifyDetached(document, signature, {signer().publicKey, extraKey});
    CUSTOS_FUZZ_EXPECT(!fuzzed.message.isEmpty());
    if (signature.size() != qsizetype(crypto::kEd25519SignatureSize))
        CUSTOS_FUZZ_EXPECT(!fuzzed.valid);
    if (fuzzed.valid)
        CUSTOS_FUZZ_EXPECT(crypto::verify(signer().publicKey, document, signature) ||
                           crypto::verify(extraKey, document, signature));

    auto genuine = crypto::sign(signer().privateKey, document);
    CUSTOS_FUZZ_EXPECT_MSG(genuine, genuine.error().message);
    const documents::Verification good =
        documents::verifyDetached(document, genuine.value(), {extraKey, signer().publicKey});
    CUSTOS_FUZZ_EXPECT_MSG(good.valid, good.message);
    CUSTOS_FUZZ_EXPECT(good.fingerprint == crypto::fingerprint(signer().publicKey));
    return 0;
}
