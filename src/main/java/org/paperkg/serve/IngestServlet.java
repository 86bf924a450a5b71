package org.paperkg.serve;

import java.io.IOException;

import org.paperkg.reading.RunSummary;
import org.paperkg.problem.StrictModeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /kg/ingest}. POST ingests the files of the request into the served store
 * ({@link UploadSpool}, {@link ServerIngest}) and answers the run's summary as JSON: 200 with the
 * problems listed when the input had some (the run reports them and goes on, as the command line
 * does), 422 with the first problem and the store unchanged under {@code ?strict=true}, 413 past the
 * upload limit. It needs the login of the update endpoint (UpdateAuthentication) and is refused
 * with 403 when updates are off. GET describes the service: {@code paperkg push} asks it to tell a
 * paperkg server from another Graph Store.
 */
final class IngestServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(IngestServlet.class);
    /** Problems listed in an answer; all are counted. */
    static final int LISTED_PROBLEMS = 100;

    private final transient ServerIngest ingest;
    private final boolean updates;
    private final long maxUploadBytes;

    /** {@code ingest} is null when updates are off. */
    IngestServlet(ServerIngest ingest, long maxUploadBytes) {
        this.ingest = ingest;
        this.updates = ingest != null;
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(resp, HttpServletResponse.SC_OK, IngestAnswer.service(updates, maxUploadBytes));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!updates) {
            answer(resp, HttpServletResponse.SC_FORBIDDEN, IngestAnswer.error(
                    "Updates are off on this server: start it with --allow-update and --password-file to ingest through POST /kg/ingest.", null));
            return;
        }
        boolean strict = "true".equalsIgnoreCase(req.getParameter("strict"));
        boolean sync = "true".equalsIgnoreCase(req.getParameter("sync"));
        try (UploadSpool upload = UploadSpool.of(req, maxUploadBytes)) {
            IngestProblems problems = new IngestProblems(upload::clientName, strict, LISTED_PROBLEMS);
            try {
                if (sync) {
                    sync(upload, "true".equalsIgnoreCase(req.getParameter("force")), problems, resp);
                    return;
                }
                RunSummary summary = ingest.ingest(upload.files(), upload.names(), problems);
                answer(resp, HttpServletResponse.SC_OK, IngestAnswer.summary(summary, problems));
            } catch (StrictModeException e) {
                answer(resp, 422, IngestAnswer.error("Under ?strict=true the first problem stops the ingest; nothing was written: "
                        + e.problem(), problems));
            }
        } catch (UploadSpool.TooLarge e) {
            answer(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, IngestAnswer.error(e.getMessage(), null));
        } catch (UploadSpool.NoFiles e) {
            answer(resp, HttpServletResponse.SC_BAD_REQUEST, IngestAnswer.error(e.getMessage(), null));
        } catch (IOException | RuntimeException e) {
            LOG.warn("POST /kg/ingest failed", e);
            answer(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, IngestAnswer.error(
                    "The ingest failed and nothing was written: " + e.getMessage(), null));
        }
    }

    /**
     * {@code ?sync=true}: one file applied as {@code paperkg sync} applies it (once, in file-name
     * order, recorded): 200 with the summary, 200 with {@code alreadyApplied} when the same bytes
     * were applied before, 409 when it is refused (changed since it was applied, or older than the
     * last file applied without {@code force=true}), 400 for other than one file.
     */
    private void sync(UploadSpool upload, boolean force, IngestProblems problems, HttpServletResponse resp) throws IOException {
        if (upload.files().size() != 1) {
            answer(resp, HttpServletResponse.SC_BAD_REQUEST, IngestAnswer.error("?sync=true applies one file a request, named as"
                    + " published (e.g. pubmed26n0002.xml.gz); this request has " + upload.files().size(), null));
            return;
        }
        String name = upload.names().get(0);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            answer(resp, HttpServletResponse.SC_BAD_REQUEST, IngestAnswer.error("?sync=true needs the file's published name"
                    + " (letters, digits, '.', '_', '-'), e.g. pubmed26n0002.xml.gz; got '" + name + "'", null));
            return;
        }
        try {
            RunSummary summary = ingest.sync(upload.files().get(0), name, force, problems);
            answer(resp, HttpServletResponse.SC_OK, summary == null ? IngestAnswer.alreadyApplied(name) : IngestAnswer.summary(summary, problems));
        } catch (IllegalArgumentException refused) {
            answer(resp, HttpServletResponse.SC_CONFLICT, IngestAnswer.error("Sync refused, nothing was written: " + refused.getMessage(), null));
        }
    }

    private static void answer(HttpServletResponse resp, int status, String json) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(json);
    }
}
