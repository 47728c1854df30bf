package org.saferplan.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error in the service's own style: a GOV.UK page for people, problem+json for the API. Nothing internal
 * (stack traces, SQL, class names) is ever shown.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        var status = statusOf(request);
        response.setStatus(status.value());
        model.addAttribute("error", describe(status, request));
        return "web/error";
    }

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> problem(HttpServletRequest request) {
        var status = statusOf(request);
        var page = describe(status, request);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Map.of("status", status.value(), "title", page.heading(), "detail", page.message()));
    }

    static ErrorPageView describe(HttpStatus status, HttpServletRequest request) {
        return switch (status) {
            case FORBIDDEN ->
                request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException
                        ? new ErrorPageView(
                                403,
                                "Your form could not be sent",
                                "The form had expired or did not come from this service, so nothing was changed."
                                        + " Go back, reload the page and try again.")
                        : new ErrorPageView(
                                403,
                                "You do not have access to this page",
                                "Your account does not give you access to this. If you think it should, ask your"
                                        + " partnership's coordinator or an administrator.");
            case NOT_FOUND ->
                new ErrorPageView(
                        404,
                        "Page not found",
                        "If you typed the web address, check it is correct. If you pasted the web address, check you"
                                + " copied the entire address. The record may also have been removed.");
            case METHOD_NOT_ALLOWED ->
                new ErrorPageView(
                        405,
                        "That cannot be done here",
                        "The page does not accept that kind of request. Go back and use the page's own buttons.");
            case CONTENT_TOO_LARGE ->
                new ErrorPageView(
                        413,
                        "What you sent is too large",
                        "The form or file was larger than this page accepts, so nothing was changed.");
            case BAD_REQUEST ->
                new ErrorPageView(
                        400,
                        "Something in the request was not right",
                        "Nothing was changed. Go back and check what you entered.");
            default ->
                status.is4xxClientError()
                        ? new ErrorPageView(
                                status.value(),
                                "Something in the request was not right",
                                "Nothing was changed. Go back and try again.")
                        : new ErrorPageView(
                                500,
                                "Sorry, there is a problem with the service",
                                "Try again later. Anything you were saving may not have been saved.");
        };
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            var status = HttpStatus.resolve(value);
            return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        }
        return HttpStatus.NOT_FOUND;
    }
}
