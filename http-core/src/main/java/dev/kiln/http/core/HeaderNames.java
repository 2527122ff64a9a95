package dev.kiln.http.core;

/**
 * Header field names used by the server and common in applications, in their canonical spelling.
 * Names compare case-insensitively everywhere in Kiln; these constants only spare typos.
 */
public final class HeaderNames {
    /** {@code Accept}. */
    public static final String ACCEPT = "Accept";
    /** {@code Accept-Encoding}. */
    public static final String ACCEPT_ENCODING = "Accept-Encoding";
    /** {@code Accept-Ranges}. */
    public static final String ACCEPT_RANGES = "Accept-Ranges";
    /** {@code Allow}. */
    public static final String ALLOW = "Allow";
    /** {@code Authorization}. */
    public static final String AUTHORIZATION = "Authorization";
    /** {@code Cache-Control}. */
    public static final String CACHE_CONTROL = "Cache-Control";
    /** {@code Connection}. */
    public static final String CONNECTION = "Connection";
    /** {@code Content-Disposition}. */
    public static final String CONTENT_DISPOSITION = "Content-Disposition";
    /** {@code Content-Encoding}. */
    public static final String CONTENT_ENCODING = "Content-Encoding";
    /** {@code Content-Length}. */
    public static final String CONTENT_LENGTH = "Content-Length";
    /** {@code Content-Range}. */
    public static final String CONTENT_RANGE = "Content-Range";
    /** {@code Content-Type}. */
    public static final String CONTENT_TYPE = "Content-Type";
    /** {@code Cookie}. */
    public static final String COOKIE = "Cookie";
    /** {@code Date}. */
    public static final String DATE = "Date";
    /** {@code ETag}. */
    public static final String ETAG = "ETag";
    /** {@code Expect}. */
    public static final String EXPECT = "Expect";
    /** {@code Host}. */
    public static final String HOST = "Host";
    /** {@code If-Modified-Since}. */
    public static final String IF_MODIFIED_SINCE = "If-Modified-Since";
    /** {@code If-None-Match}. */
    public static final String IF_NONE_MATCH = "If-None-Match";
    /** {@code If-Range}. */
    public static final String IF_RANGE = "If-Range";
    /** {@code Keep-Alive}. */
    public static final String KEEP_ALIVE = "Keep-Alive";
    /** {@code Last-Modified}. */
    public static final String LAST_MODIFIED = "Last-Modified";
    /** {@code Location}. */
    public static final String LOCATION = "Location";
    /** {@code Origin}. */
    public static final String ORIGIN = "Origin";
    /** {@code Range}. */
    public static final String RANGE = "Range";
    /** {@code Server}. */
    public static final String SERVER = "Server";
    /** {@code Set-Cookie}. */
    public static final String SET_COOKIE = "Set-Cookie";
    /** {@code Strict-Transport-Security}. */
    public static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";
    /** {@code TE}. */
    public static final String TE = "TE";
    /** {@code Trailer}. */
    public static final String TRAILER = "Trailer";
    /** {@code Transfer-Encoding}. */
    public static final String TRANSFER_ENCODING = "Transfer-Encoding";
    /** {@code User-Agent}. */
    public static final String USER_AGENT = "User-Agent";
    /** {@code Vary}. */
    public static final String VARY = "Vary";
    /** {@code WWW-Authenticate}. */
    public static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    private HeaderNames() {
    }
}
