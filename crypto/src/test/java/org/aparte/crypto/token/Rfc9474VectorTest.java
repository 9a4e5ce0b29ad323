package org.aparte.crypto.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * RFC 9474 Appendix A.1, RSABSSA-SHA384-PSS-Randomized: the RFC's values typed in, every
 * intermediate checked, so an error in any one step shows up as that step failing.
 */
class Rfc9474VectorTest {
  private static final String P =
      "e1f4d7a34802e27c7392a3cea32a262a34dc3691bd87f3f310dc756734889305"
          + "59c120fd0410194fb8a0da55bd0b81227e843fdca6692ae80e5a5d414116d480"
          + "3fca7d8c30eaaae57e44a1816ebb5c5b0606c536246c7f11985d731684150b63"
          + "c9a3ad9e41b04c0b5b27cb188a692c84696b742a80d3cd00ab891f2457443dad"
          + "feba6d6daf108602be26d7071803c67105a5426838e6889d77e8474b29244cef"
          + "af418e381b312048b457d73419213063c60ee7b0d81820165864fef93523c963"
          + "5c22210956e53a8d96322493ffc58d845368e2416e078e5bcb5d2fd68ae6acfa"
          + "54f9627c42e84a9d3f2774017e32ebca06308a12ecc290c7cd1156dcccfb2311";

  private static final String Q =
      "c601a9caea66dc3835827b539db9df6f6f5ae77244692780cd334a006ab353c8"
          + "06426b60718c05245650821d39445d3ab591ed10a7339f15d83fe13f6a3dfb20"
          + "b9452c6a9b42eaa62a68c970df3cadb2139f804ad8223d56108dfde30ba7d367"
          + "e9b0a7a80c4fdba2fd9dde6661fc73fc2947569d2029f2870fc02d8325acf28c"
          + "9afa19ecf962daa7916e21afad09eb62fe9f1cf91b77dc879b7974b490d3ebd2"
          + "e95426057f35d0a3c9f45f79ac727ab81a519a8b9285932d9b2e5ccd347e59f3"
          + "f32ad9ca359115e7da008ab7406707bd0e8e185a5ed8758b5ba266e8828f8d86"
          + "3ae133846304a2936ad7bc7c9803879d2fc4a28e69291d73dbd799f8bc238385";

  private static final String N =
      "aec4d69addc70b990ea66a5e70603b6fee27aafebd08f2d94cbe1250c556e047"
          + "a928d635c3f45ee9b66d1bc628a03bac9b7c3f416fe20dabea8f3d7b4bbf7f96"
          + "3be335d2328d67e6c13ee4a8f955e05a3283720d3e1f139c38e43e0338ad058a"
          + "9495c53377fc35be64d208f89b4aa721bf7f7d3fef837be2a80e0f8adf0bcd1e"
          + "ec5bb040443a2b2792fdca522a7472aed74f31a1ebe1eebc1f408660a0543dfe"
          + "2a850f106a617ec6685573702eaaa21a5640a5dcaf9b74e397fa3af18a2f1b7c"
          + "03ba91a6336158de420d63188ee143866ee415735d155b7c2d854d795b7bc236"
          + "cffd71542df34234221a0413e142d8c61355cc44d45bda94204974557ac2704c"
          + "d8b593f035a5724b1adf442e78c542cd4414fce6f1298182fb6d8e53cef1adfd"
          + "2e90e1e4deec52999bdc6c29144e8d52a125232c8c6d75c706ea3cc06841c7bd"
          + "a33568c63a6c03817f722b50fcf898237d788a4400869e44d90a3020923dc646"
          + "388abcc914315215fcd1bae11b1c751fd52443aac8f601087d8d42737c18a3fa"
          + "11ecd4131ecae017ae0a14acfc4ef85b83c19fed33cfd1cd629da2c4c09e222b"
          + "398e18d822f77bb378dea3cb360b605e5aa58b20edc29d000a66bd177c682a17"
          + "e7eb12a63ef7c2e4183e0d898f3d6bf567ba8ae84f84f1d23bf8b8e261c3729e"
          + "2fa6d07b832e07cddd1d14f55325c6f924267957121902dc19b3b32948bdead5";

  private static final String E = "010001";

  private static final String D =
      "0d43242aefe1fb2c13fbc66e20b678c4336d20b1808c558b6e62ad16a2870771"
          + "80b177e1f01b12f9c6cd6c52630257ccef26a45135a990928773f3bd2fc01a31"
          + "3f1dac97a51cec71cb1fd7efc7adffdeb05f1fb04812c924ed7f4a8269925dad"
          + "88bd7dcfbc4ef01020ebfc60cb3e04c54f981fdbd273e69a8a58b8ceb7c2d83f"
          + "bcbd6f784d052201b88a9848186f2a45c0d2826870733e6fd9aa46983e0a6e82"
          + "e35ca20a439c5ee7b502a9062e1066493bdadf8b49eb30d9558ed85abc7afb29"
          + "b3c9bc644199654a4676681af4babcea4e6f71fe4565c9c1b85d9985b84ec1ab"
          + "f1a820a9bbebee0df1398aae2c85ab580a9f13e7743afd3108eb32100b870648"
          + "fa6bc17e8abac4d3c99246b1f0ea9f7f93a5dd5458c56d9f3f81ff2216b3c368"
          + "0a13591673c43194d8e6fc93fc1e37ce2986bd628ac48088bc723d8fbe293861"
          + "ca7a9f4a73e9fa63b1b6d0074f5dea2a624c5249ff3ad811b6255b299d6bc545"
          + "1ba7477f19c5a0db690c3e6476398b1483d10314afd38bbaf6e2fbdbcd62c3ca"
          + "9797a420ca6034ec0a83360a3ee2adf4b9d4ba29731d131b099a38d6a23cc463"
          + "db754603211260e99d19affc902c915d7854554aabf608e3ac52c19b8aa26ae0"
          + "42249b17b2d29669b5c859103ee53ef9bdc73ba3c6b537d5c34b6d8f034671d7"
          + "f3a8a6966cc4543df223565343154140fd7391c7e7be03e241f4ecfeb877a051";

  private static final String MSG =
      "8f3dc6fb8c4a02f4d6352edf0907822c1210a9b32f9bdda4c45a698c80023aa6"
          + "b59f8cfec5fdbb36331372ebefedae7d";

  private static final String MSG_PREFIX =
      "8417e699b219d583fb6216ae0c53ca0e9723442d02f1d1a34295527e7d929e8b";

  private static final String PREPARED_MSG =
      "8417e699b219d583fb6216ae0c53ca0e9723442d02f1d1a34295527e7d929e8b"
          + "8f3dc6fb8c4a02f4d6352edf0907822c1210a9b32f9bdda4c45a698c80023aa6"
          + "b59f8cfec5fdbb36331372ebefedae7d";

  private static final String SALT =
      "051722b35f458781397c3a671a7d3bd3096503940e4c4f1aaa269d60300ce449"
          + "555cd7340100df9d46944c5356825abf";

  private static final String ENCODED_MSG =
      "2be01c5669eb676cb3f0002eb636427d61568f3f0579da5b998279a7eb3ab784"
          + "e5617319376d04809d83e72bef9f0738e7324af3fd1b4f0a35f4f58058ab3294"
          + "95406bdb5ff31a0274be2d137c735ab0d5a591b3129a6cc46fcecc4b41dbc684"
          + "c965cb30e3eb4864ef18cc8d95b4d6a2002607c821d4d8a7e026ae7bb1f6b4c7"
          + "c93d1b58e9cd87864d6094b0d8f7e2b5f966473703634fb58c774dd4a24376e0"
          + "eb262a24b58e3a0b4da4f36ef75651627561ff2ecee9dcbfe1d728cc31a7b460"
          + "30f7a2815ae9edf9a2a5c0c6d8dbab1b33b9c3bbda5c083670a3550f7d74c426"
          + "3aad09f8ed1d435fc6295ca4d51fc02c7de9ae28ffd53372c3fa864521b27560"
          + "daa11ab9daad8d0d747661718d2f79c59d0661b09c74863fa32bdcb1c408d3bd"
          + "24569c57aecae6e06c0c9deb7303c5b7b1240960fd2413d61b2e3829af8c0987"
          + "4fdba0fe84ca6aa7e7d533f9b0ddfe508f562b132ca2d325f1e73f91a8a6b831"
          + "a2fd9bc0bd5bfa5ea3a1dee16bd9b264174b9553a4c0c0d62373353355c05b35"
          + "824e4bae702f49e5a6bf83eaff65af499045bcef1470a0e58ddb21856034af0d"
          + "b96f8636d4a6f1591f34c7224e0c0293e3d3be2139f2797c5ed8b65473ac2f83"
          + "c52b87f8cf8754ac2f55f5e41e105df1d079a647fb1aa591526295667f37db11"
          + "29752d024eb03bfe506a43665072118423351ef9b8663376f9fc073141e1e7bc";

  private static final String INV =
      "80682c48982407b489d53d1261b19ec8627d02b8cda5336750b8cee332ae260d"
          + "e57b02d72609c1e0e9f28e2040fc65b6f02d56dbd6aa9af8fde656f70495dfb7"
          + "23ba01173d4707a12fddac628ca29f3e32340bd8f7ddb557cf819f6b01e445ad"
          + "96f874ba235584ee71f6581f62d4f43bf03f910f6510deb85e8ef06c7f09d979"
          + "4a008be7ff2529f0ebb69decef646387dc767b74939265fec0223aa6d84d2a8a"
          + "1cc912d5ca25b4e144ab8f6ba054b54910176d5737a2cff011da431bd5f2a0d2"
          + "d66b9e70b39f4b050e45c0d9c16f02deda9ddf2d00f3e4b01037d7029cd49c2d"
          + "46a8e1fc2c0c17520af1f4b5e25ba396afc4cd60c494a4c426448b35b49635b3"
          + "37cfb08e7c22a39b256dd032c00adddafb51a627f99a0e1704170ac1f1912e49"
          + "d9db10ec04c19c58f420212973e0cb329524223a6aa56c7937c5dffdb5d966b6"
          + "cd4cbc26f3201dd25c80960a1a111b32947bb78973d269fac7f5186530930ed1"
          + "9f68507540eed9e1bab8b00f00d8ca09b3f099aae46180e04e3584bd7ca054df"
          + "18a1504b89d1d1675d0966c4ae1407be325cdf623cf13ff13e4a28b594d59e3e"
          + "adbadf6136eee7a59d6a444c9eb4e2198e8a974f27a39eb63af2c9af3870488b"
          + "8adaad444674f512133ad80b9220e09158521614f1faadfe8505ef57b7df6813"
          + "048603f0dd04f4280177a11380fbfc861dbcbd7418d62155248dad5fdec0991f";

  private static final String BLINDED_MSG =
      "aa3ee045138d874669685ffaef962c7694a9450aa9b4fd6465db9b3b75a522bb"
          + "921c4c0fdcdfae9667593255099cff51f5d3fd65e8ffb9d3b3036252a6b51b6e"
          + "dfb3f40382b2bbf34c0055e4cbcc422850e586d84f190cd449af11dc65545f5f"
          + "e26fd89796eb87da4bda0c545f397cddfeeb56f06e28135ec74fd477949e7677"
          + "f6f36cfae8fd5c1c5898b03b9c244cf6d1a4fb7ad1cb43aff5e80cb462fac541"
          + "e72f67f0a50f1843d1759edfaae92d1a916d3f0efaf4d650db416c3bf8abdb54"
          + "14a78cebc97de676723cb119e77aea489f2bbf530c440ebc5a75dccd3ebf5a41"
          + "2a5f346badd61bee588e5917bdcce9dc33c882e39826951b0b8276c620397194"
          + "7072b726e935816056ff5cb11a71ca2946478584126bb877acdf87255f26e6cc"
          + "a4e0878801307485d3b7bb89b289551a8b65a7a6b93db010423d1406e149c877"
          + "31910306e5e410b41d4da3234624e74f92845183e323cf7eb244f212a695f885"
          + "6c675fbc3a021ce649e22c6f0d053a9d238841cf3afdc2739f99672a419ae13c"
          + "17f1f8a3bc302ec2e7b98e8c353898b7150ad8877ec841ea6e4b288064c254fe"
          + "fd0d049c3ad196bf7ffa535e74585d0120ce728036ed500942fbd5e6332c298f"
          + "1ffebe9ff60c1e117b274cf0cb9d70c36ee4891528996ec1ed0b178e9f3c0c0e"
          + "6120885f39e8ccaadbb20f3196378c07b1ff22d10049d3039a7a92fe7efdd95d";

  private static final String BLIND_SIG =
      "3f4a79eacd4445fca628a310d41e12fcd813c4d43aa4ef2b81226953248d6d00"
          + "adfee6b79cb88bfa1f99270369fd063c023e5ed546719b0b2d143dd1bca46b0e"
          + "0e615fe5c63d95c5a6b873b8b50bc52487354e69c3dfbf416e7aca18d5842c89"
          + "b676efdd38087008fa5a810161fcdec26f20ccf2f1e6ab0f9d2bb93e051cb9e8"
          + "6a9b28c5bb62fd5f5391379f887c0f706a08bcc3b9e7506aaf02485d688198f5"
          + "e22eefdf837b2dd919320b17482c5cc54271b4ccb41d267629b3f844fd63750b"
          + "01f5276c79e33718bb561a152acb2eb36d8be75bce05c9d1b94eb609106f3822"
          + "6fb2e0f5cd5c5c39c59dda166862de498b8d92f6bcb41af433d65a2ac23da87f"
          + "39764cb64e79e74a8f4ce4dd567480d967cefac46b6e9c06434c371563583435"
          + "7edd2ce6f105eea854ac126ccfa3de2aac5607565a4e5efaac5eed491c335f6f"
          + "c97e6eb7e9cea3e12de38dfb315220c0a3f84536abb2fdd722813e083feda010"
          + "391ac3d8fd1cd9212b5d94e634e69ebcc800c4d5c4c1091c64afc37acf563c7f"
          + "c0a6e4c082bc55544f50a7971f3fb97d5853d72c3af34ffd5ce123998be5360d"
          + "1059820c66a81e1ee6d9c1803b5b62af6bc877526df255b6d1d835d8c840bebb"
          + "cd6cc0ee910f17da37caf8488afbc08397a1941fcc79e76a5888a95b3d5405e1"
          + "3f737bea5c78d716a48eb9dc0aec8de39c4b45c6914ad4a8185969f70b1adf46";

  private static final String SIG =
      "191e941c57510e22d29afad257de5ca436d2316221fe870c7cb75205a6c071c2"
          + "735aed0bc24c37f3d5bd960ab97a829a508f966bbaed7a82645e65eadaf24ab5"
          + "e6d9421392c5b15b7f9b640d34fec512846a3100b80f75ef51064602118c1a77"
          + "d28d938f6efc22041d60159a518d3de7c4d840c9c68109672d743d299d8d2577"
          + "ef60c19ab463c716b3fa75fa56f5735349d414a44df12bf0dd44aa3e10822a65"
          + "1ed4cb0eb6f47c9bd0ef14a034a7ac2451e30434d513eb22e68b7587a8de9b4e"
          + "63a059d05c8b22c7c51e2cfee2d8bef511412e93c859a13726d87c57d1bc4c2e"
          + "68ab121562f839c3a3d233e87ed63c69b7e57525367753fbebcc2a9805a28026"
          + "59f5888b2c69115bf865559f10d906c09d048a0d71bfee4b33857393ec2b69e4"
          + "51433496d02c9a7910abb954317720bbde9e69108eafc3e90bad3d5ca4066d7b"
          + "1e49013fa04e948104a1dd82b12509ecb146e948c54bd8bfb5e6d18127cd1f7a"
          + "93c3cf9f2d869d5a78878c03fe808a0d799e910be6f26d18db61c485b303631d"
          + "3568368fc41986d08a95ea6ac0592240c19d7b22416b9c82ae6241e211dd5610"
          + "d0baaa9823158f9c32b66318f5529491b7eeadcaa71898a63bac9d95f4aa548d"
          + "5e97568d744fc429104e32edd9c87519892a198a30d333d427739ffb9607b092"
          + "e910ae37771abf2adb9f63bc058bf58062ad456cb934679795bbdfcdfad5e0f2";

  private static final HexFormat HEX = HexFormat.of();

  private static BigInteger big(String hex) {
    return new BigInteger(hex, 16);
  }

  private final IssuerKeyPair issuer = IssuerKeyPair.fromPrimes(big(P), big(Q), big(E));

  @Test
  void theKeyIsTheRfcKey() {
    assertThat(big(P).multiply(big(Q))).isEqualTo(big(N));
    assertThat(issuer.bouncyCastlePrivateKey().getModulus()).isEqualTo(big(N));
    assertThat(issuer.bouncyCastlePrivateKey().getExponent()).isEqualTo(big(D));
    assertThat(issuer.publicKey().modulusLength()).isEqualTo(512);
  }

  @Test
  void blindingReproducesPreparedEncodedAndBlindedMessage() {
    BigInteger n = big(N);
    BigInteger r = big(INV).modInverse(n);
    BlindingState state =
        BlindRsa.blindWith(
            issuer.publicKey(), HEX.parseHex(MSG), HEX.parseHex(MSG_PREFIX), HEX.parseHex(SALT), r);

    assertThat(HEX.formatHex(state.messagePrefix()) + HEX.formatHex(state.message()))
        .isEqualTo(PREPARED_MSG);
    assertThat(state.inverse()).isEqualTo(big(INV));
    assertThat(HEX.formatHex(state.blindedMessage())).isEqualTo(BLINDED_MSG);
    // blinded = encoded * r^e mod n, so the encoded message is recovered with inv^e.
    BigInteger encoded =
        new BigInteger(1, state.blindedMessage()).multiply(big(INV).modPow(big(E), n)).mod(n);
    assertThat(encoded).isEqualTo(big(ENCODED_MSG));
  }

  @Test
  void blindSignReproducesTheBlindSignature() throws Exception {
    assertThat(HEX.formatHex(BlindRsa.blindSign(issuer, HEX.parseHex(BLINDED_MSG))))
        .isEqualTo(BLIND_SIG);
  }

  @Test
  void finalizeReproducesTheSignature() throws Exception {
    BlindingState state =
        new BlindingState(
            HEX.parseHex(BLINDED_MSG), HEX.parseHex(MSG_PREFIX), HEX.parseHex(MSG), big(INV));
    byte[] signature = BlindRsa.finalize(issuer.publicKey(), state, HEX.parseHex(BLIND_SIG));
    assertThat(HEX.formatHex(signature)).isEqualTo(SIG);
    // RSAVP1(sig) is the RFC's encoded message.
    assertThat(new BigInteger(1, signature).modPow(big(E), big(N))).isEqualTo(big(ENCODED_MSG));
  }

  @Test
  void verifyAcceptsTheRfcSignature() {
    assertThatCode(
            () ->
                BlindRsa.verify(
                    issuer.publicKey(),
                    HEX.parseHex(MSG_PREFIX),
                    HEX.parseHex(MSG),
                    HEX.parseHex(SIG)))
        .doesNotThrowAnyException();
  }
}
