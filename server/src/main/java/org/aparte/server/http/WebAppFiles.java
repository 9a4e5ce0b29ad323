package org.aparte.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The browser app's static files, served at {@code /} from {@code aparte-web/} on the classpath
 * (the web module's jar), when that jar is there. They are not API routes: they do not appear in
 * the registered routes nor in openapi.yaml.
 *
 * <p>Their Content-Security-Policy lets the page load only its own scripts, styles and WASM and
 * talk only to its own origin: no inline script or style, no {@code eval}, no third-party origin.
 * {@code 'wasm-unsafe-eval'} is needed to compile Argon2id's WebAssembly; it allows WebAssembly
 * compilation only, not JavaScript {@code eval}.
 */
public final class WebAppFiles {
  public static final String CLASSPATH_DIRECTORY = "/aparte-web";
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
          + "img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; "
          + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private WebAppFiles() {}

  /** True when the built app is on the classpath (the platform jar; not the server's own tests). */
  public static boolean available() {
    return WebAppFiles.class.getResource(CLASSPATH_DIRECTORY + "/index.html") != null;
  }

  public static void install(JavalinConfig javalin) {
    javalin.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = CLASSPATH_DIRECTORY;
          files.location = Location.CLASSPATH;
          files.headers =
              Map.of(
                  "Content-Security-Policy", CONTENT_SECURITY_POLICY,
                  "X-Content-Type-Options", "nosniff",
                  "Referrer-Policy", "no-referrer",
                  "Cross-Origin-Opener-Policy", "same-origin",
                  "Cache-Control", "no-cache");
        });
  }
}
