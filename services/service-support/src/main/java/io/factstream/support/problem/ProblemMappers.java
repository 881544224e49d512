package io.factstream.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns the errors that reach a resource into problem+json answers, in every service. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "The body is not valid JSON of the expected shape: "
                + e.getOriginalMessage()).toResponse();
    }

    /** Registered for the exact type so that it takes precedence over Quarkus' own mapper of it. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
        return Problem.of(Response.Status.BAD_REQUEST, (field.isEmpty() ? "the body" : field)
                + " does not have the expected type: " + e.getOriginalMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response original = e.getResponse();
        Throwable cause = e.getCause();
        String detail = cause instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return Problem.of(original.getStatus(), original.getStatusInfo().getReasonPhrase(), detail).toResponse();
    }
}
