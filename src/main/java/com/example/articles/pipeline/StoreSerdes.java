package com.example.articles.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

import com.example.articles.dedupe.ArticleHistory;
import com.example.articles.dedupe.IndexedContent;
import com.example.articles.dedupe.IndexedSimhash;

/**
 * Compact binary values of the long-lived stores: they hold an entry per article (and
 * four per simhash) for the whole retention, so every byte counts (see docs/pipeline.md,
 * state size). Hex ids and hashes are stored as their bytes. Each value starts with a
 * format version.
 */
final class StoreSerdes {

	private static final byte VERSION = 1;

	private static final Pattern HEX = Pattern.compile("(?:[0-9a-f]{2})+");

	private static final String SHA256 = "sha256:";

	private static final byte TEXT = 0;

	private static final byte HEX_BYTES = 1;

	private static final byte SHA256_BYTES = 2;

	private StoreSerdes() {
	}

	static Serde<ArticleHistory> history() {
		return new BinarySerde<>((out, value) -> {
			writeId(out, value.contentHash());
			out.writeLong(value.simhash());
			out.writeInt(value.revision());
			out.writeLong(value.firstSeen());
			out.writeLong(value.lastSeen());
		}, (in) -> new ArticleHistory(readId(in), in.readLong(), in.readInt(), in.readLong(), in.readLong()));
	}

	static Serde<IndexedContent> content() {
		return new BinarySerde<>((out, value) -> {
			writeId(out, value.articleId());
			out.writeLong(value.firstSeen());
		}, (in) -> new IndexedContent(readId(in), in.readLong()));
	}

	static Serde<IndexedSimhash> simhash() {
		return new BinarySerde<>((out, value) -> {
			writeId(out, value.articleId());
			out.writeLong(value.simhash());
			out.writeLong(value.firstSeen());
		}, (in) -> new IndexedSimhash(readId(in), in.readLong(), in.readLong()));
	}

	/**
	 * An id or hash: its bytes when it is hex (optionally "sha256:"-prefixed), else text.
	 */
	static void writeId(DataOutputStream out, String id) throws IOException {
		String hex = id.startsWith(SHA256) ? id.substring(SHA256.length()) : id;
		if (hex.length() <= 510 && HEX.matcher(hex).matches()) {
			out.writeByte(id.startsWith(SHA256) ? SHA256_BYTES : HEX_BYTES);
			byte[] bytes = HexFormat.of().parseHex(hex);
			out.writeByte(bytes.length);
			out.write(bytes);
		}
		else {
			out.writeByte(TEXT);
			out.writeUTF(id);
		}
	}

	static String readId(DataInputStream in) throws IOException {
		byte kind = in.readByte();
		if (kind == TEXT) {
			return in.readUTF();
		}
		byte[] bytes = new byte[in.readUnsignedByte()];
		in.readFully(bytes);
		String hex = HexFormat.of().formatHex(bytes);
		return (kind == SHA256_BYTES) ? SHA256 + hex : hex;
	}

	interface Writer<T> {

		void write(DataOutputStream out, T value) throws IOException;

	}

	interface Reader<T> {

		T read(DataInputStream in) throws IOException;

	}

	static final class BinarySerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

		private final Writer<T> writer;

		private final Reader<T> reader;

		BinarySerde(Writer<T> writer, Reader<T> reader) {
			this.writer = writer;
			this.reader = reader;
		}

		@Override
		public byte @Nullable [] serialize(String topic, @Nullable T data) {
			if (data == null) {
				return null;
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
			try (DataOutputStream out = new DataOutputStream(bytes)) {
				out.writeByte(VERSION);
				this.writer.write(out, data);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return bytes.toByteArray();
		}

		@Override
		public @Nullable T deserialize(String topic, byte @Nullable [] data) {
			if (data == null) {
				return null;
			}
			try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
				byte version = in.readByte();
				if (version != VERSION) {
					throw new SerializationException("unknown store value format " + version);
				}
				return this.reader.read(in);
			}
			catch (IOException ex) {
				throw new SerializationException("unreadable store value", ex);
			}
		}

		@Override
		public void configure(Map<String, ?> configs, boolean isKey) {
		}

		@Override
		public void close() {
		}

		@Override
		public Serializer<T> serializer() {
			return this;
		}

		@Override
		public Deserializer<T> deserializer() {
			return this;
		}

	}

}
