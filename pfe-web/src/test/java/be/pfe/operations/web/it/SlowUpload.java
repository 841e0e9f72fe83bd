package be.pfe.operations.web.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * An upload that sends its headers and the start of a file, then holds the rest back: the application is reading
 * it until it is closed.
 */
final class SlowUpload implements AutoCloseable {

    private final Socket socket;

    private SlowUpload(Socket socket) {
        this.socket = socket;
    }

    /**
     * Two uploads held open, once the application answers a third with 429 (it may take a moment before they are
     * being read); the answer to the third is given to the caller.
     */
    static Http.Answer holdTwo(String base, List<SlowUpload> held) throws IOException, InterruptedException {
        byte[] file = "meeting;enrolment;mark\n999999999;1;present\n".getBytes(StandardCharsets.UTF_8);
        Http.Answer third = null;
        // on a loaded machine a held upload may not reach its import for a while (it is then given up and held anew:
        // the third must still be refused while two are held open)
        for (int attempt = 1; attempt <= 3; attempt++) {
            held.add(start(base + "api/v1/imports/attendance/preview"));
            held.add(start(base + "api/v1/imports/learners/preview"));
            for (long until = System.nanoTime() + 10_000_000_000L; System.nanoTime() < until; Thread.sleep(200)) {
                third = Http.postFile(base + "api/v1/imports/attendance/preview", file, "text/csv", "nl");
                if (third.status() == 429) {
                    return third;
                }
            }
            for (SlowUpload upload : held) {
                upload.close();
            }
            held.clear();
            System.out.printf("[pfe-it] two held uploads did not fill the import places within 10 s (attempt %d)%n",
                    attempt);
        }
        return third;
    }

    /** The first answer to an import that is not 429, within 20 seconds. */
    static Http.Answer awaitFree(String base) throws InterruptedException {
        byte[] file = "meeting;enrolment;mark\n999999999;1;present\n".getBytes(StandardCharsets.UTF_8);
        Http.Answer answer = null;
        for (long until = System.nanoTime() + 20_000_000_000L; System.nanoTime() < until; Thread.sleep(200)) {
            answer = Http.postFile(base + "api/v1/imports/attendance/preview", file, "text/csv", "en");
            if (answer.status() != 429) {
                break;
            }
        }
        return answer;
    }

    static SlowUpload start(String url) throws IOException {
        return start(url, 100_000, "meeting;enrolment;mark\n");
    }

    static SlowUpload start(String url, int announced, String sent) throws IOException {
        URI uri = URI.create(url);
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(30_000);
        String credentials = Base64.getEncoder().encodeToString((Http.ADMINISTRATOR + ":" + Http.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + uri.getRawPath() + " HTTP/1.1\r\n"
                + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                + "Authorization: Basic " + credentials + "\r\n"
                + "Content-Type: text/csv\r\n"
                + "Accept-Language: en\r\n"
                + "Content-Length: " + announced + "\r\n\r\n"
                + sent).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return new SlowUpload(socket);
    }

    /** Whether the application still waits for the rest (it has not answered). */
    boolean open() throws IOException {
        socket.setSoTimeout(100);
        try {
            socket.getInputStream().read();
            return false;
        } catch (SocketTimeoutException stillReading) {
            return true;
        }
    }

    /** The application's answer as far as it comes within 10 seconds (status line, headers and body). */
    String answer() throws IOException {
        socket.setSoTimeout(10_000);
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int read; (read = socket.getInputStream().read(buffer)) > 0; ) {
                answer.write(buffer, 0, read);
                if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
        } catch (SocketTimeoutException noMore) {
            // what came is the answer
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
