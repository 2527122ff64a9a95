package dev.kiln.benchmarks.suite;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.DefaultFileRegion;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.util.AsciiString;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

/**
 * Netty 4.1 on the native epoll transport (NIO where epoll is unavailable), written the way Netty's
 * own HTTP examples are: {@code HttpServerCodec}, an aggregator, one handler that writes in
 * {@code channelRead} and flushes in {@code channelReadComplete} (so pipelined responses go out in
 * one write), and a {@code Date} header cached once a second as the other servers send one. HTTPS
 * puts the JDK's TLS ({@code SslHandler}) in front of the same pipeline on a second port.
 */
public final class NettyServer implements SuiteServer {

    private static final byte[] PONG = "pong".getBytes(StandardCharsets.US_ASCII);
    private static final CharSequence TEXT = HttpHeaderValues.TEXT_PLAIN;
    private static final CharSequence JSON = HttpHeaderValues.APPLICATION_JSON;

    private EventLoopGroup group;
    private Channel channel;
    private Channel httpsChannel;
    private volatile CharSequence date = formatDate();

    @Override
    public Ports start(Settings settings) throws Exception {
        boolean epoll = Epoll.isAvailable();
        group = epoll ? new EpollEventLoopGroup() : new NioEventLoopGroup();
        group.scheduleAtFixedRate(() -> date = formatDate(), 1, 1, TimeUnit.SECONDS);
        Class<? extends ServerChannel> type = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        // TLS first, as the other servers do: startup counts until every listener is ready.
        SslContext tls = settings.tls() == null ? null
                : SslContextBuilder.forServer(settings.tls().keyManagers()).sslProvider(SslProvider.JDK).build();
        if (tls != null) {
            httpsChannel = bootstrap(type, settings.files(), tls).bind("127.0.0.1", settings.httpsPort()).sync().channel();
        }
        channel = bootstrap(type, settings.files(), null).bind("127.0.0.1", settings.port()).sync().channel();
        return new Ports(port(channel), httpsChannel == null ? -1 : port(httpsChannel));
    }

    private ServerBootstrap bootstrap(Class<? extends ServerChannel> type, Path files, SslContext tls) {
        return new ServerBootstrap()
                .group(group)
                .channel(type)
                .option(ChannelOption.SO_BACKLOG, 4096)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (tls != null) {
                            ch.pipeline().addLast(tls.newHandler(ch.alloc()));
                        }
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20),
                                new Routes(files));
                    }
                });
    }

    private static int port(Channel bound) {
        return ((InetSocketAddress) bound.localAddress()).getPort();
    }

    @Override
    public void close() {
        if (httpsChannel != null) {
            httpsChannel.close().syncUninterruptibly();
        }
        if (channel != null) {
            channel.close().syncUninterruptibly();
        }
        if (group != null) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private static CharSequence formatDate() {
        return AsciiString.of(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
    }

    private final class Routes extends SimpleChannelInboundHandler<FullHttpRequest> {
        private final Path files;

        Routes(Path files) {
            this.files = files;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) throws Exception {
            String uri = request.uri();
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            if (uri.equals("/ping") && request.method() == HttpMethod.GET) {
                send(ctx, keepAlive, HttpResponseStatus.OK, TEXT, Unpooled.wrappedBuffer(PONG));
            } else if (uri.equals("/json") && request.method() == HttpMethod.POST) {
                byte[] body = ByteBufUtil.getBytes(request.content());
                byte[] answer;
                try {
                    answer = JsonScenario.answer(body);
                } catch (RuntimeException e) {
                    send(ctx, keepAlive, HttpResponseStatus.BAD_REQUEST, TEXT,
                            Unpooled.copiedBuffer("not an order", StandardCharsets.US_ASCII));
                    return;
                }
                send(ctx, keepAlive, HttpResponseStatus.OK, JSON, Unpooled.wrappedBuffer(answer));
            } else {
                Path file = uri.startsWith("/static/") && request.method() == HttpMethod.GET
                        ? StaticFiles.resolve(files, uri.substring("/static/".length())) : null;
                if (file != null) {
                    sendFile(ctx, keepAlive, file);
                } else {
                    send(ctx, keepAlive, HttpResponseStatus.NOT_FOUND, TEXT,
                            Unpooled.copiedBuffer("not found", StandardCharsets.US_ASCII));
                }
            }
        }

        private void send(ChannelHandlerContext ctx, boolean keepAlive, HttpResponseStatus status,
                CharSequence type, ByteBuf body) {
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, body);
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, type)
                    .set(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes())
                    .set(HttpHeaderNames.DATE, date);
            if (keepAlive) {
                ctx.write(response, ctx.voidPromise());
            } else {
                response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
            }
        }

        private void sendFile(ChannelHandlerContext ctx, boolean keepAlive, Path file) throws Exception {
            long length = Files.size(file);
            HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_OCTET_STREAM)
                    .set(HttpHeaderNames.CONTENT_LENGTH, length)
                    .set(HttpHeaderNames.DATE, date);
            if (!keepAlive) {
                response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            }
            ctx.write(response, ctx.voidPromise());
            ctx.write(new DefaultFileRegion(file.toFile(), 0, length), ctx.voidPromise());
            if (keepAlive) {
                ctx.write(LastHttpContent.EMPTY_LAST_CONTENT, ctx.voidPromise());
            } else {
                ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(ChannelFutureListener.CLOSE);
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
