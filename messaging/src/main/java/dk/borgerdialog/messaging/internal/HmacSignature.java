package dk.borgerdialog.messaging.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: HMAC-SHA256 with the shared secret of {@code "<timestamp>.<body>"}, in
 * lower-case hex; shared by the webhook channel and the event webhook.
 */
public final class HmacSignature {
  private static final String HMAC = "HmacSHA256";

  private HmacSignature() {}

  /**
   * Signs a timestamp and body.
   *
   * @param secret the shared secret, as UTF-8
   * @param timestamp the timestamp header's value
   * @param body the body, as UTF-8
   * @return the signature in hex, without the {@code sha256=} prefix
   */
  public static String sign(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
      mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) '.');
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // every Java platform must support HmacSHA256, and any non-empty key is valid for it
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
