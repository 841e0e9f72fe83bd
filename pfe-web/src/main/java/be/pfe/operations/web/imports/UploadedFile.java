package be.pfe.operations.web.imports;

import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.scheduling.imports.TableFile;
import be.pfe.operations.web.api.BodyTooLargeException;
import be.pfe.operations.web.api.InvalidRequestException;
import be.pfe.operations.web.api.StrictBodies;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.HttpHeaders;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;

/** A file sent to an import (CSV or XLSX): as the request's body (the API) or uploaded on the import page. */
final class UploadedFile {

    private UploadedFile() {
    }

    /**
     * The body, read only now (after the rights and the free place were checked), and never beyond the size limit:
     * a body announced or found larger is refused without reading the rest.
     */
    static byte[] read(HttpHeaders headers, InputStream file) {
        String announced = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (announced != null && announced.strip().matches("\\d{1,18}")
                && Long.parseLong(announced.strip()) > TableFile.MAX_BYTES) {
            // answered before a byte is read: a client that waits for "100 Continue" (or reads as it sends) never
            // sends the file; the connection is closed after the answer
            throw new BodyTooLargeException(TableFile.MAX_BYTES);
        }
        byte[] content;
        try {
            content = file == null ? new byte[0] : file.readNBytes(TableFile.MAX_BYTES + 1);
        } catch (IOException cutOff) {
            // the client went away, or the body ended before its announced length: nothing to read, nothing to log
            throw new BadRequestException(cutOff);
        }
        if (content.length == 0) {
            throw InvalidRequestException.missingBody();
        }
        if (content.length > TableFile.MAX_BYTES) {
            throw StrictBodies.tooLarge(file, TableFile.MAX_BYTES);
        }
        return content;
    }

    /** The file uploaded on the page, refused when larger than an import takes. */
    static byte[] of(FileUploadEvent event) {
        if (event.getFile().getSize() > TableFile.MAX_BYTES) {
            throw new BusinessRuleException("import.file.tooLarge", "file", TableFile.MAX_BYTES / (1024 * 1024));
        }
        return event.getFile().getContent();
    }
}
