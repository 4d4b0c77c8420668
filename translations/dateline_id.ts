<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>Dateline::AcronymOfferCommand</name>
    <message>
        <source>Accept acronym %1</source>
        <translation>Terima akronim %1</translation>
    </message>
    <message>
        <source>Dismiss acronym %1</source>
        <translation>Abaikan akronim %1</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Tidak ada pustaka yang terbuka.</translation>
    </message>
</context>
<context>
    <name>Dateline::AcronymOffersPanel</name>
    <message>
        <source>Acronyms</source>
        <translation>Akronim</translation>
    </message>
    <message>
        <source>Acronyms the stories defined, to accept as names or dismiss</source>
        <translation>Akronim yang didefinisikan berita, untuk diterima sebagai nama atau diabaikan</translation>
    </message>
    <message>
        <source>Only the story in the &amp;reader</source>
        <translation>Hanya berita di &amp;pembaca</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Akronim</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>Kepanjangan</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktor</translation>
    </message>
    <message>
        <source>Offered acronyms</source>
        <translation>Akronim yang ditawarkan</translation>
    </message>
    <message>
        <source>No acronym is waiting.</source>
        <translation>Tidak ada akronim yang menunggu.</translation>
    </message>
    <message>
        <source>&amp;Accept as a Name</source>
        <translation>&amp;Terima sebagai Nama</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Abaikan</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Terima</translation>
    </message>
    <message>
        <source>Store the acronym as a name of its actor (Return)</source>
        <translation>Simpan akronim sebagai nama aktornya (Return)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Do not offer this acronym again (Delete)</source>
        <translation>Jangan tawarkan akronim ini lagi (Delete)</translation>
    </message>
    <message>
        <source>a new organisation</source>
        <translation>organisasi baru</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>aktor %1</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n acronym(s)</source>
        <translation>
            <numerusform>Terima %n akronim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n acronym(s)</source>
        <translation>
            <numerusform>Abaikan %n akronim</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dateline::ActorChooser</name>
    <message>
        <source>Choose an Actor</source>
        <translation>Pilih Aktor</translation>
    </message>
    <message>
        <source>Search names and aliases</source>
        <translation>Cari nama dan alias</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Tanpa pembicara</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>actor name (kind)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Dateline::ActorNamesModel</name>
    <message>
        <source>(no outlet)</source>
        <extracomment>The row of the framing table for stories that have no outlet</extracomment>
        <translation>(tanpa media)</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
</context>
<context>
    <name>Dateline::ActorPage</name>
    <message>
        <source>Actor</source>
        <translation>Aktor</translation>
    </message>
    <message>
        <source>Quotations across the library</source>
        <translation>Kutipan di seluruh pustaka</translation>
    </message>
    <message>
        <source>Names by outlet</source>
        <translation>Nama menurut media</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>actor kind — description</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — Actor</source>
        <translation>%1 — Aktor</translation>
    </message>
</context>
<context>
    <name>Dateline::ActorQuotesModel</name>
    <message>
        <source>Quotation</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Berita</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Relayed</source>
        <extracomment>Column header: the outlets that relayed a quotation</extracomment>
        <translation>Diteruskan</translation>
    </message>
</context>
<context>
    <name>Dateline::ActorReport</name>
    <message>
        <source>The actor&apos;s quotations could not be read: %1</source>
        <translation>Kutipan aktor tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The actor&apos;s names could not be read: %1</source>
        <translation>Nama-nama aktor tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>Dateline::ActorStore</name>
    <message>
        <source>The actor “%1” could not be stored: %2</source>
        <translation>Aktor “%1” tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>There is no actor %1 in the library.</source>
        <translation>Tidak ada aktor %1 di pustaka.</translation>
    </message>
    <message>
        <source>An actor without a name cannot be stored.</source>
        <translation>Aktor tanpa nama tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The actor could not be read: %1</source>
        <translation>Aktor tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation>Aktor harus memiliki nama.</translation>
    </message>
    <message>
        <source>The actor “%1” could not be added: %2</source>
        <translation>Aktor “%1” tidak dapat ditambahkan: %2</translation>
    </message>
    <message>
        <source>The actor could not be changed: %1</source>
        <translation>Aktor tidak dapat diubah: %1</translation>
    </message>
    <message>
        <source>The actor could not be removed: %1</source>
        <translation>Aktor tidak dapat dihapus: %1</translation>
    </message>
    <message>
        <source>The actor&apos;s names could not be read: %1</source>
        <translation>Nama-nama aktor tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>An empty name cannot be added.</source>
        <translation>Nama kosong tidak dapat ditambahkan.</translation>
    </message>
    <message>
        <source>The name “%1” belongs to no actor of the library.</source>
        <translation>Nama “%1” bukan milik aktor mana pun di pustaka.</translation>
    </message>
    <message>
        <source>The name “%1” could not be added: %2</source>
        <translation>Nama “%1” tidak dapat ditambahkan: %2</translation>
    </message>
    <message>
        <source>The name could not be removed: %1</source>
        <translation>Nama tidak dapat dihapus: %1</translation>
    </message>
    <message>
        <source>There is no name %1 in the library.</source>
        <translation>Tidak ada nama %1 di pustaka.</translation>
    </message>
    <message>
        <source>The actors could not be searched: %1</source>
        <translation>Aktor tidak dapat dicari: %1</translation>
    </message>
    <message>
        <source>The library&apos;s own actors could not be read: %1</source>
        <translation>Aktor milik pustaka tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The story&apos;s actors could not be read: %1</source>
        <translation>Aktor dalam berita tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>An empty acronym cannot be offered.</source>
        <translation>Akronim kosong tidak dapat ditawarkan.</translation>
    </message>
    <message>
        <source>The acronym %1 could not be offered: %2</source>
        <translation>Akronim %1 tidak dapat ditawarkan: %2</translation>
    </message>
    <message>
        <source>The offered acronyms could not be read: %1</source>
        <translation>Akronim yang ditawarkan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The acronym could not be accepted: %1</source>
        <translation>Akronim tidak dapat diterima: %1</translation>
    </message>
    <message>
        <source>There is no offered acronym %1 in the library.</source>
        <translation>Tidak ada akronim tawaran %1 di pustaka.</translation>
    </message>
    <message>
        <source>The acronym could not be dismissed: %1</source>
        <translation>Akronim tidak dapat diabaikan: %1</translation>
    </message>
    <message>
        <source>The acronym could not be offered again: %1</source>
        <translation>Akronim tidak dapat ditawarkan lagi: %1</translation>
    </message>
</context>
<context>
    <name>Dateline::AnalyzeCommand</name>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>**Dateline:** %1, %2, %3</source>
        <translation>**Dateline:** %1, %2, %3</translation>
    </message>
    <message>
        <source>**Language:** %1</source>
        <translation>**Bahasa:** %1</translation>
    </message>
    <message numerus="yes">
        <source>Actors (%n)</source>
        <translation>
            <numerusform>Aktor (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Penyebutan</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Bentuk</translation>
    </message>
    <message numerus="yes">
        <source>Quotations (%n)</source>
        <translation>
            <numerusform>Kutipan (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>penutur tidak diketahui</translation>
    </message>
    <message>
        <source>cue “%1”</source>
        <translation>penanda “%1”</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>melalui %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>karakter %1–%2</translation>
    </message>
    <message>
        <source>Find the actors and quotations of story files, without a library.</source>
        <translation>Temukan aktor dan kutipan dalam berkas berita, tanpa pustaka.</translation>
    </message>
    <message>
        <source>Prints each file&apos;s dateline, language, actors with their mentions, and quotations with their speaker, cue and relay chain. Offsets count Unicode code points into the decoded text of the file. No library is opened or created.
Exit status: 0 when every file was analysed, 1 when some could not be read, 2 on bad usage.</source>
        <translation>Mencetak dateline, bahasa, aktor beserta penyebutannya, dan kutipan beserta penutur, penanda, dan rantai penerusnya untuk setiap berkas. Offset menghitung titik kode Unicode dalam teks berkas yang telah didekode. Tidak ada pustaka yang dibuka atau dibuat.
Status keluar: 0 bila semua berkas dianalisis, 1 bila ada yang tidak dapat dibaca, 2 bila penggunaan salah.</translation>
    </message>
    <message>
        <source>Print JSON: one object, or an array with one object per file when several are given.</source>
        <translation>Cetak JSON: satu objek, atau larik berisi satu objek per berkas bila diberikan beberapa berkas.</translation>
    </message>
    <message>
        <source>Print a Markdown report (the default).</source>
        <translation>Cetak laporan Markdown (bawaan).</translation>
    </message>
    <message>
        <source>A story file (.txt, .md).</source>
        <translation>Berkas berita (.txt, .md).</translation>
    </message>
    <message>
        <source>analyze needs at least one file.</source>
        <translation>analyze memerlukan setidaknya satu berkas.</translation>
    </message>
    <message>
        <source>Choose one of --json and --markdown.</source>
        <translation>Pilih salah satu: --json atau --markdown.</translation>
    </message>
    <message>
        <source>%1: is a folder, not a story file.</source>
        <translation>%1: adalah folder, bukan berkas berita.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: tidak dapat dibaca: %2</translation>
    </message>
</context>
<context>
    <name>Dateline::AnnotationController</name>
    <message numerus="yes">
        <source>Confirm %n Mention(s)</source>
        <translation>
            <numerusform>Konfirmasi %n Sebutan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Mention(s)</source>
        <translation>
            <numerusform>Tolak %n Sebutan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-assign %n Mention(s)</source>
        <translation>
            <numerusform>Alihkan %n Sebutan</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm Quotation</source>
        <translation>Konfirmasi Kutipan</translation>
    </message>
    <message>
        <source>Reject Quotation</source>
        <translation>Tolak Kutipan</translation>
    </message>
    <message>
        <source>Re-assign Speaker</source>
        <translation>Alihkan Pembicara</translation>
    </message>
    <message>
        <source>Add Alias “%1”</source>
        <translation>Tambah Alias “%1”</translation>
    </message>
    <message>
        <source>New Actor “%1”</source>
        <translation>Aktor Baru “%1”</translation>
    </message>
    <message>
        <source>Re-assign to Actor</source>
        <translation>Alihkan ke Aktor</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>Tambah Alias</translation>
    </message>
    <message>
        <source>Another name for %1:</source>
        <translation>Nama lain untuk %1:</translation>
    </message>
    <message>
        <source>New Actor</source>
        <translation>Aktor Baru</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
</context>
<context>
    <name>Dateline::AnnotationDock</name>
    <message>
        <source>Annotations</source>
        <translation>Anotasi</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Sebutan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Aktor</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Add &amp;Alias…</source>
        <translation>Tambah &amp;Alias…</translation>
    </message>
    <message>
        <source>Teach the library another name for the chosen actor</source>
        <translation>Ajarkan pustaka nama lain untuk aktor yang dipilih</translation>
    </message>
    <message>
        <source>&amp;New Actor…</source>
        <translation>Aktor &amp;Baru…</translation>
    </message>
    <message>
        <source>Create an actor of your own, named at the text selected in the reader</source>
        <translation>Buat aktor sendiri, dinamai menurut teks yang dipilih di pembaca</translation>
    </message>
    <message>
        <source>Actor &amp;Page</source>
        <translation>&amp;Halaman Aktor</translation>
    </message>
    <message>
        <source>Every quotation by the chosen actor, and the names each outlet uses for it</source>
        <translation>Semua kutipan aktor yang dipilih, dan nama yang dipakai tiap media untuknya</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Konfirmasi</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Tolak</translation>
    </message>
    <message>
        <source>Re-assign &amp;Speaker…</source>
        <translation>Alihkan &amp;Pembicara…</translation>
    </message>
    <message>
        <source>Re-assign &amp;Actor…</source>
        <translation>Alihkan &amp;Aktor…</translation>
    </message>
    <message>
        <source>At character %1 of the story</source>
        <translation>Pada karakter ke-%1 berita</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation>&amp;Sunting Klaim…</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Tautkan…</translation>
    </message>
    <message>
        <source>&amp;Tag Selected…</source>
        <translation>Beri Ta&amp;g pada yang Dipilih…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
</context>
<context>
    <name>Dateline::AnnotationStore</name>
    <message>
        <source>The story&apos;s annotations could not be stored: %1</source>
        <translation>Anotasi berita tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>The story&apos;s actors could not be read: %1</source>
        <translation>Aktor dalam berita tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The mention could not be read: %1</source>
        <translation>Sebutan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>There is no mention %1 in the library.</source>
        <translation>Tidak ada sebutan %1 di pustaka.</translation>
    </message>
    <message>
        <source>The story&apos;s quotations could not be read: %1</source>
        <translation>Kutipan dalam berita tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The quotation could not be read: %1</source>
        <translation>Kutipan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>There is no quotation %1 in the library.</source>
        <translation>Tidak ada kutipan %1 di pustaka.</translation>
    </message>
    <message>
        <source>The mention could not be changed: %1</source>
        <translation>Sebutan tidak dapat diubah: %1</translation>
    </message>
    <message>
        <source>The quotation could not be changed: %1</source>
        <translation>Kutipan tidak dapat diubah: %1</translation>
    </message>
    <message>
        <source>A mention must name an actor.</source>
        <translation>Sebutan harus menunjuk seorang aktor.</translation>
    </message>
    <message>
        <source>The mention could not be added: %1</source>
        <translation>Sebutan tidak dapat ditambahkan: %1</translation>
    </message>
    <message>
        <source>There is no story %1 in the library.</source>
        <translation>Tidak ada berita %1 di pustaka.</translation>
    </message>
    <message>
        <source>The mention lies outside the story&apos;s text.</source>
        <translation>Sebutan berada di luar teks berita.</translation>
    </message>
    <message>
        <source>The quotation could not be added: %1</source>
        <translation>Kutipan tidak dapat ditambahkan: %1</translation>
    </message>
    <message>
        <source>The quotation lies outside the story&apos;s text.</source>
        <translation>Kutipan berada di luar teks berita.</translation>
    </message>
    <message>
        <source>The mention could not be removed: %1</source>
        <translation>Sebutan tidak dapat dihapus: %1</translation>
    </message>
    <message>
        <source>The quotation could not be removed: %1</source>
        <translation>Kutipan tidak dapat dihapus: %1</translation>
    </message>
</context>
<context>
    <name>Dateline::AnnotationText</name>
    <message>
        <source>State</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Armed group</source>
        <translation>Kelompok bersenjata</translation>
    </message>
    <message>
        <source>News agency</source>
        <translation>Kantor berita</translation>
    </message>
    <message>
        <source>News outlet</source>
        <translation>Media berita</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>usulan</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>dikonfirmasi</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>langsung</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>sebagian</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>tidak langsung</translation>
    </message>
    <message>
        <source>Unknown speaker</source>
        <translation>Pembicara tidak diketahui</translation>
    </message>
    <message>
        <source>%1, via %2</source>
        <comment>relay chain of a quotation</comment>
        <translation>%1, melalui %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>actor kind, annotation state</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>In this story: %1</source>
        <translation>Dalam berita ini: %1</translation>
    </message>
    <message>
        <source>%1 quotation, %2</source>
        <comment>quotation type, annotation state</comment>
        <translation>kutipan %1, %2</translation>
    </message>
    <message>
        <source>Cue: %1</source>
        <translation>Penanda: %1</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Rantai: %1</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>In no list: found as a name in this story, its kind guessed from the words around it.</source>
        <translation>Tidak ada dalam daftar: ditemukan sebagai nama dalam berita ini, jenisnya ditebak dari kata-kata di sekitarnya.</translation>
    </message>
</context>
<context>
    <name>Dateline::ArticleActorsModel</name>
    <message>
        <source>State</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Armed group</source>
        <translation>Kelompok bersenjata</translation>
    </message>
    <message>
        <source>News agency</source>
        <translation>Kantor berita</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>In this story: %1</source>
        <extracomment>The forms a story uses for an actor, e.g. &quot;In this story: Taliban, IIA&quot;</extracomment>
        <translation>Dalam berita ini: %1</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Mentions</source>
        <extracomment>Column header: how often a story names an actor</extracomment>
        <translation>Sebutan</translation>
    </message>
    <message>
        <source>Quotations</source>
        <extracomment>Column header: how many quotations an actor speaks or relays in a story</extracomment>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
</context>
<context>
    <name>Dateline::ArticleClaimsModel</name>
    <message>
        <source>%1 (orphaned)</source>
        <translation>%1 (yatim)</translation>
    </message>
    <message>
        <source>This claim lost its place when the story changed: %1</source>
        <translation>Klaim ini kehilangan tempatnya saat berita berubah: %1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Pengklaim</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Tautan</translation>
    </message>
</context>
<context>
    <name>Dateline::ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
</context>
<context>
    <name>Dateline::ArticleListView</name>
    <message>
        <source>Stories</source>
        <translation>Berita</translation>
    </message>
</context>
<context>
    <name>Dateline::ArticleQuotesModel</name>
    <message>
        <source>via %1</source>
        <extracomment>The relay chain of a quotation, nearest the speaker first: &quot;via RIA Novosti, Reuters&quot;</extracomment>
        <translation>melalui %1</translation>
    </message>
    <message>
        <source>Direct</source>
        <extracomment>Type of a quotation: the speaker&apos;s own words in quotation marks</extracomment>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Partial</source>
        <extracomment>Type of a quotation: a few quoted words inside the writer&apos;s sentence</extracomment>
        <translation>Sebagian</translation>
    </message>
    <message>
        <source>Indirect</source>
        <extracomment>Type of a quotation: reported speech (&quot;X said that ...&quot;)</extracomment>
        <translation>Tidak langsung</translation>
    </message>
    <message>
        <source>Suggested</source>
        <extracomment>State of an annotation found by the analysis and not yet checked by the reader</extracomment>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <extracomment>A quotation whose speaker the analysis could not find</extracomment>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Penutur</translation>
    </message>
    <message>
        <source>Cue</source>
        <extracomment>Column header: the words that name the speaker (&quot;kata Kabulov&quot;, &quot;he said&quot;)</extracomment>
        <translation>Penanda</translation>
    </message>
    <message>
        <source>Relayed</source>
        <extracomment>Column header: the outlets that relayed a quotation</extracomment>
        <translation>Diteruskan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Negara</translation>
    </message>
</context>
<context>
    <name>Dateline::ArticleSearch</name>
    <message>
        <source>The search was interrupted.</source>
        <translation>Pencarian dihentikan.</translation>
    </message>
    <message>
        <source>The search could not be understood: %1</source>
        <translation>Pencarian tidak dapat dipahami: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Pencarian gagal: %1</translation>
    </message>
</context>
<context>
    <name>Dateline::ArticleStore</name>
    <message>
        <source>The story could not be stored: %1</source>
        <translation>Berita tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>The story could not be stored: there is no outlet %1.</source>
        <translation>Berita tidak dapat disimpan: tidak ada media %1.</translation>
    </message>
    <message>
        <source>The outlet %1 could not be stored: %2</source>
        <translation>Media %1 tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>The story “%1” could not be stored: %2</source>
        <translation>Berita “%1” tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>The library could not be searched for a duplicate: %1</source>
        <translation>Pustaka tidak dapat diperiksa untuk mencari duplikat: %1</translation>
    </message>
    <message>
        <source>The story could not be read: %1</source>
        <translation>Berita tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>There is no story %1 in the library.</source>
        <translation>Tidak ada berita %1 di pustaka.</translation>
    </message>
    <message>
        <source>The list of stories could not be read: %1</source>
        <translation>Daftar berita tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The story could not be removed: %1</source>
        <translation>Berita tidak dapat dihapus: %1</translation>
    </message>
    <message>
        <source>The story could not be marked: %1</source>
        <translation>Berita tidak dapat ditandai: %1</translation>
    </message>
    <message>
        <source>The library&apos;s counts could not be read: %1</source>
        <translation>Jumlah isi pustaka tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>the counter row is missing</source>
        <translation>baris penghitung tidak ada</translation>
    </message>
    <message>
        <source>The outlets could not be read: %1</source>
        <translation>Daftar media tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The languages could not be read: %1</source>
        <translation>Daftar bahasa tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>Dateline::ClaimBoard</name>
    <message>
        <source>Any date</source>
        <translation>Tanggal berapa pun</translation>
    </message>
    <message>
        <source>Claim Board</source>
        <translation>Papan Klaim</translation>
    </message>
    <message>
        <source>Claim &amp;Board</source>
        <translation>&amp;Papan Klaim</translation>
    </message>
    <message>
        <source>Show &amp;Thread</source>
        <translation>Tampilkan &amp;Utas</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>Aktor mana pun</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>Cari klaim</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Group by Thread</source>
        <translation>Kelompokkan menurut Utas</translation>
    </message>
    <message>
        <source>Tag Selected…</source>
        <translation>Beri Tag pada yang Dipilih…</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Tag apa pun</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Media mana pun</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Status apa pun</translation>
    </message>
    <message>
        <source>Choose a claim to see its thread.</source>
        <translation>Pilih klaim untuk melihat utasnya.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) shown, more below</source>
        <translation>
            <numerusform>%n klaim ditampilkan, masih ada lagi di bawah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n klaim</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dateline::ClaimBoardModel</name>
    <message>
        <source>Claim</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Pengklaim</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Tautan</translation>
    </message>
</context>
<context>
    <name>Dateline::ClaimBoardQuery</name>
    <message>
        <source>Cannot group the claims by thread (%1): %2</source>
        <translation>Tidak dapat mengelompokkan klaim menurut utas (%1): %2</translation>
    </message>
    <message>
        <source>Cannot group the claims by thread: %1</source>
        <translation>Tidak dapat mengelompokkan klaim menurut utas: %1</translation>
    </message>
    <message>
        <source>Cannot read the claims: %1</source>
        <translation>Tidak dapat membaca klaim: %1</translation>
    </message>
    <message>
        <source>Cannot read the tags of the claims: %1</source>
        <translation>Tidak dapat membaca tag klaim: %1</translation>
    </message>
    <message>
        <source>Cannot count the links of the claims: %1</source>
        <translation>Tidak dapat menghitung tautan klaim: %1</translation>
    </message>
</context>
<context>
    <name>Dateline::ClaimCommand</name>
    <message>
        <source>Mark a passage of a story as a claim (claim add), or show one (claim show).</source>
        <translation>Tandai sebuah bagian berita sebagai klaim (claim add), atau tampilkan sebuah klaim (claim show).</translation>
    </message>
    <message>
        <source>claim add ARTICLE_ID START END marks the passage from START to END (END not included) of the story ARTICLE_ID; offsets count Unicode code points of the story&apos;s text, as “dateline show --json” gives it. The claimant is by default the speaker of the quotation around the passage, else the story&apos;s outlet. claim show ID prints one claim. A passage outside the text or an unknown story is an error (exit status 1).</source>
        <translation>claim add ARTICLE_ID START END menandai bagian dari START sampai END (END tidak termasuk) pada berita ARTICLE_ID; offset menghitung titik kode Unicode dalam teks berita, seperti yang diberikan “dateline show --json”. Secara bawaan, pengklaimnya adalah penutur kutipan yang melingkupi bagian itu, atau jika tidak ada, media berita tersebut. claim show ID mencetak satu klaim. Bagian di luar teks atau berita yang tidak dikenal adalah kesalahan (status keluar 1).</translation>
    </message>
    <message>
        <source>Print the claim as one JSON document.</source>
        <translation>Cetak klaim sebagai satu dokumen JSON.</translation>
    </message>
    <message>
        <source>Tag the claim with T (a path such as “Casualties/Death toll”, created when missing); repeat for more tags, the first one colours the claim.</source>
        <translation>Beri klaim tag T (path seperti “Casualties/Death toll”, dibuat bila belum ada); ulangi untuk tag lainnya, tag pertama memberi warna pada klaim.</translation>
    </message>
    <message>
        <source>How the claim checks out: %1 (default unverified).</source>
        <translation>Hasil pemeriksaan klaim: %1 (bawaan unverified).</translation>
    </message>
    <message>
        <source>Who claims it: an actor&apos;s name or alias (a new actor when the library has none of that name).</source>
        <translation>Siapa yang mengklaimnya: nama atau alias seorang aktor (aktor baru bila pustaka tidak memiliki nama itu).</translation>
    </message>
    <message>
        <source>A note on the claim (Markdown).</source>
        <translation>Catatan pada klaim (Markdown).</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Yang akan dilakukan.</translation>
    </message>
    <message>
        <source>ARTICLE_ID START END for add, ID for show.</source>
        <translation>ARTICLE_ID START END untuk add, ID untuk show.</translation>
    </message>
    <message>
        <source>claim needs “add” or “show”.</source>
        <translation>claim memerlukan “add” atau “show”.</translation>
    </message>
    <message>
        <source>“%1” is not something claim does: use “add” or “show”.</source>
        <translation>“%1” bukan sesuatu yang dapat dilakukan claim: gunakan “add” atau “show”.</translation>
    </message>
    <message>
        <source>claim show needs exactly one claim ID.</source>
        <translation>claim show memerlukan tepat satu ID klaim.</translation>
    </message>
    <message>
        <source>“%1” is not a claim ID: IDs are whole numbers from 1.</source>
        <translation>“%1” bukan ID klaim: ID adalah bilangan bulat mulai dari 1.</translation>
    </message>
    <message>
        <source>Claim %1 in story %2 (%3)</source>
        <translation>Klaim %1 dalam berita %2 (%3)</translation>
    </message>
    <message>
        <source>  Status: %1</source>
        <translation>  Status: %1</translation>
    </message>
    <message>
        <source>  Claimant: %1</source>
        <translation>  Pengklaim: %1</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>  Tags: %1</source>
        <translation>  Tag: %1</translation>
    </message>
    <message>
        <source>  Orphaned: the story changed and the passage was not found again.</source>
        <translation>  Yatim: berita berubah dan bagian itu tidak ditemukan lagi.</translation>
    </message>
    <message>
        <source>  Note: %1</source>
        <translation>  Catatan: %1</translation>
    </message>
    <message>
        <source>claim add needs a story ID, a start and an end.</source>
        <translation>claim add memerlukan ID berita, awal, dan akhir.</translation>
    </message>
    <message>
        <source>“%1” is not a story ID: IDs are whole numbers from 1.</source>
        <translation>“%1” bukan ID berita: ID adalah bilangan bulat mulai dari 1.</translation>
    </message>
    <message>
        <source>START and END are offsets: whole numbers from 0.</source>
        <translation>START dan END adalah offset: bilangan bulat mulai dari 0.</translation>
    </message>
    <message>
        <source>END (%1) must come after START (%2).</source>
        <translation>END (%1) harus lebih besar daripada START (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a status: use one of %2.</source>
        <translation>“%1” bukan status: gunakan salah satu dari %2.</translation>
    </message>
    <message>
        <source>--tag needs a tag&apos;s name or path, not “%1”.</source>
        <translation>--tag memerlukan nama atau path tag, bukan “%1”.</translation>
    </message>
    <message>
        <source>--claimant needs an actor&apos;s name.</source>
        <translation>--claimant memerlukan nama aktor.</translation>
    </message>
    <message>
        <source>The passage %1–%2 lies outside the story&apos;s text (%3 characters).</source>
        <translation>Bagian %1–%2 berada di luar teks berita (%3 karakter).</translation>
    </message>
    <message>
        <source>Claim %1 added to story %2: “%3”</source>
        <translation>Klaim %1 ditambahkan ke berita %2: “%3”</translation>
    </message>
    <message>
        <source>Mark Claim</source>
        <translation>Tandai Klaim</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Sunting Klaim</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Hapus Klaim</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n Claim(s) “%1”</source>
        <translation>
            <numerusform>Beri %n Klaim Tag “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>New Tag “%1”</source>
        <translation>Tag Baru “%1”</translation>
    </message>
    <message>
        <source>Rename Tag “%1” to “%2”</source>
        <translation>Ganti Nama Tag “%1” menjadi “%2”</translation>
    </message>
    <message>
        <source>Colour Tag “%1”</source>
        <translation>Beri Warna Tag “%1”</translation>
    </message>
    <message>
        <source>Move Tag “%1”</source>
        <translation>Pindahkan Tag “%1”</translation>
    </message>
</context>
<context>
    <name>Dateline::ClaimController</name>
    <message>
        <source>Mark Claim</source>
        <translation>Tandai Klaim</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Sunting Klaim</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Claim(s)</source>
        <translation>
            <numerusform>Hapus %n Klaim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n Claim(s) “%1”</source>
        <translation>
            <numerusform>Beri %n Klaim Tag “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>A tag cannot move under itself or its own sub-tags.</source>
        <translation>Tag tidak dapat dipindahkan ke bawah dirinya sendiri atau subtagnya.</translation>
    </message>
    <message>
        <source>Merge Tag “%1” into “%2”</source>
        <translation>Gabungkan Tag “%1” ke “%2”</translation>
    </message>
    <message>
        <source>Delete Tag “%1”</source>
        <translation>Hapus Tag “%1”</translation>
    </message>
    <message>
        <source>Select the words of the claim in the story first.</source>
        <translation>Pilih dulu kata-kata klaim di dalam berita.</translation>
    </message>
    <message>
        <source>Tag Claims</source>
        <translation>Beri Tag pada Klaim</translation>
    </message>
    <message numerus="yes">
        <source>Give %n claim(s) the tag (type a new name to make one):</source>
        <translation>
            <numerusform>Beri %n klaim tag ini (ketik nama baru untuk membuat tag):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dateline::ClaimEditor</name>
    <message>
        <source>Claim</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <source>Type a tag; a new name makes a new tag (Parent/Child nests it)</source>
        <translation>Ketik tag; nama baru membuat tag baru (Induk/Anak menyarangkannya)</translation>
    </message>
    <message>
        <source>The first tag gives the claim its colour; Delete removes a tag</source>
        <translation>Tag pertama memberi warna pada klaim; Delete menghapus tag</translation>
    </message>
    <message>
        <source>Notes in Markdown: sources, what was checked, what is open</source>
        <translation>Catatan dalam Markdown: sumber, apa yang sudah diperiksa, apa yang masih terbuka</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>T&amp;ulis</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Pratinjau</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Klaim:</translation>
    </message>
    <message>
        <source>Claimed &amp;by:</source>
        <translation>&amp;Diklaim oleh:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Who Claims It</source>
        <translation>Siapa yang Mengklaim</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Tanpa nama</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (baru)</translation>
    </message>
</context>
<context>
    <name>Dateline::ClaimLinkStore</name>
    <message>
        <source>The link could not be stored: %1</source>
        <translation>Tautan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>A claim cannot be linked to itself.</source>
        <translation>Klaim tidak dapat ditautkan ke dirinya sendiri.</translation>
    </message>
    <message>
        <source>There is no claim %1 in the library.</source>
        <translation>Tidak ada klaim %1 di pustaka.</translation>
    </message>
    <message>
        <source>Claim %1 is already linked to claim %2 as “%3”.</source>
        <translation>Klaim %1 sudah ditautkan ke klaim %2 sebagai “%3”.</translation>
    </message>
    <message>
        <source>The link could not be read: %1</source>
        <translation>Tautan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>There is no link %1 in the library.</source>
        <translation>Tidak ada tautan %1 di pustaka.</translation>
    </message>
    <message>
        <source>The link could not be deleted: %1</source>
        <translation>Tautan tidak dapat dihapus: %1</translation>
    </message>
    <message>
        <source>The link could not be put back: %1</source>
        <translation>Tautan tidak dapat dikembalikan: %1</translation>
    </message>
    <message>
        <source>The link&apos;s note could not be changed: %1</source>
        <translation>Catatan tautan tidak dapat diubah: %1</translation>
    </message>
    <message>
        <source>The claim&apos;s links could not be read: %1</source>
        <translation>Tautan klaim tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The links could not be read: %1</source>
        <translation>Tautan tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>Dateline::ClaimLinksList</name>
    <message>
        <source>Not linked to other claims.</source>
        <translation>Tidak ditautkan ke klaim lain.</translation>
    </message>
    <message>
        <source>Link…</source>
        <extracomment>Button: open the dialog that links the current claim to another claim or quotation</extracomment>
        <translation>Tautkan…</translation>
    </message>
    <message>
        <source>Link this claim to a claim or quotation of another story</source>
        <translation>Tautkan klaim ini ke klaim atau kutipan dari berita lain</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the selected link (Delete)</source>
        <translation>Hapus tautan yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <extracomment>A link of the claim, read from it: &quot;contradicted by “137 people died…” (Reuters, 3/5/25)&quot;</extracomment>
        <translation>%1 “%2” (%3)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>Tool tip line: the note on a link between two claims</extracomment>
        <translation>Catatan: %1</translation>
    </message>
</context>
<context>
    <name>Dateline::ClaimNames</name>
    <message>
        <source>Unverified</source>
        <translation>Belum diverifikasi</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Benar</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Sebagian besar benar</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Menyesatkan</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Salah</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Diperdebatkan</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <source>same claim as</source>
        <translation>klaim yang sama dengan</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>mendukung</translation>
    </message>
    <message>
        <source>supported by</source>
        <translation>didukung oleh</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>membantah</translation>
    </message>
    <message>
        <source>contradicted by</source>
        <translation>dibantah oleh</translation>
    </message>
    <message>
        <source>elaborates</source>
        <translation>merinci</translation>
    </message>
    <message>
        <source>elaborated by</source>
        <translation>dirinci oleh</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>memperbarui</translation>
    </message>
    <message>
        <source>updated by</source>
        <translation>diperbarui oleh</translation>
    </message>
    <message>
        <source>cites</source>
        <translation>mengutip</translation>
    </message>
    <message>
        <source>cited by</source>
        <translation>dikutip oleh</translation>
    </message>
    <message>
        <source>%1

in “%2”</source>
        <translation>%1

dalam “%2”</translation>
    </message>
</context>
<context>
    <name>Dateline::ClaimSearch</name>
    <message>
        <source>The search could not be understood: %1</source>
        <translation>Pencarian tidak dapat dipahami: %1</translation>
    </message>
    <message>
        <source>The claims and quotations could not be searched: %1</source>
        <translation>Klaim dan kutipan tidak dapat dicari: %1</translation>
    </message>
    <message>
        <source>The claims could not be searched: %1</source>
        <translation>Klaim tidak dapat dicari: %1</translation>
    </message>
    <message>
        <source>The quotations could not be searched: %1</source>
        <translation>Kutipan tidak dapat dicari: %1</translation>
    </message>
</context>
<context>
    <name>Dateline::ClaimStore</name>
    <message>
        <source>The claim could not be stored: %1</source>
        <translation>Klaim tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>There is no story %1 in the library.</source>
        <translation>Tidak ada berita %1 di pustaka.</translation>
    </message>
    <message>
        <source>The passage %1–%2 lies outside the story&apos;s text (%3 characters).</source>
        <translation>Bagian %1–%2 berada di luar teks berita (%3 karakter).</translation>
    </message>
    <message>
        <source>A claim needs at least one character of the story.</source>
        <translation>Klaim memerlukan paling sedikit satu karakter dari berita.</translation>
    </message>
    <message>
        <source>The claim could not be read: %1</source>
        <translation>Klaim tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>There is no claim %1 in the library.</source>
        <translation>Tidak ada klaim %1 di pustaka.</translation>
    </message>
    <message>
        <source>The story&apos;s claims could not be read: %1</source>
        <translation>Klaim dalam berita tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The orphaned claims could not be read: %1</source>
        <translation>Klaim yatim tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The claims could not be read: %1</source>
        <translation>Klaim tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The claim could not be changed: %1</source>
        <translation>Klaim tidak dapat diubah: %1</translation>
    </message>
    <message>
        <source>The claim could not be deleted: %1</source>
        <translation>Klaim tidak dapat dihapus: %1</translation>
    </message>
    <message>
        <source>The claim could not be put back: %1</source>
        <translation>Klaim tidak dapat dikembalikan: %1</translation>
    </message>
    <message>
        <source>The tag could not be added: %1</source>
        <translation>Tag tidak dapat ditambahkan: %1</translation>
    </message>
    <message>
        <source>The tag could not be removed: %1</source>
        <translation>Tag tidak dapat dilepas: %1</translation>
    </message>
    <message>
        <source>The claimant could not be found: %1</source>
        <translation>Pengklaim tidak dapat ditemukan: %1</translation>
    </message>
    <message>
        <source>The claim could not be moved: %1</source>
        <translation>Klaim tidak dapat dipindahkan: %1</translation>
    </message>
    <message>
        <source>The passage %1–%2 is not a place in a story.</source>
        <translation>Bagian %1–%2 bukan sebuah tempat dalam berita.</translation>
    </message>
</context>
<context>
    <name>Dateline::ClaimSuggester</name>
    <message>
        <source>Suggestions could not be found (%1): %2</source>
        <translation>Saran tidak dapat ditemukan (%1): %2</translation>
    </message>
    <message>
        <source>There is no claim %1.</source>
        <translation>Tidak ada klaim %1.</translation>
    </message>
    <message>
        <source>Suggestions could not be found (counts): %1</source>
        <translation>Saran tidak dapat ditemukan (jumlah): %1</translation>
    </message>
</context>
<context>
    <name>Dateline::ClaimThreadProxyModel</name>
    <message numerus="yes">
        <source>Thread of %n claim(s)</source>
        <translation>
            <numerusform>Utas berisi %n klaim</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dateline::ClaimThreads</name>
    <message>
        <source>There is no claim %1 in the library.</source>
        <translation>Tidak ada klaim %1 di pustaka.</translation>
    </message>
    <message>
        <source>The threads could not be read: %1</source>
        <translation>Utas tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>Dateline::ClaimsCommand</name>
    <message>
        <source>List the claims, earliest story first.</source>
        <translation>Daftar klaim, berita terlama lebih dulu.</translation>
    </message>
    <message>
        <source>Offsets in JSON count Unicode code points. An empty list is not an error (exit status 0); an unknown tag or actor is (exit status 1).</source>
        <translation>Offset dalam JSON menghitung titik kode Unicode. Daftar kosong bukan kesalahan (status keluar 0); tag atau aktor yang tidak dikenal adalah kesalahan (status keluar 1).</translation>
    </message>
    <message>
        <source>Print one JSON document instead of a table.</source>
        <translation>Cetak satu dokumen JSON, bukan tabel.</translation>
    </message>
    <message>
        <source>Only the claims tagged T or one of its sub-tags (a path such as “Casualties/Death toll”).</source>
        <translation>Hanya klaim yang bertag T atau salah satu subtagnya (path seperti “Casualties/Death toll”).</translation>
    </message>
    <message>
        <source>Only the claims whose claimant is the actor named A (name or alias).</source>
        <translation>Hanya klaim yang pengklaimnya adalah aktor bernama A (nama atau alias).</translation>
    </message>
    <message>
        <source>claims takes no arguments, only options (“%1”).</source>
        <translation>claims tidak menerima argumen, hanya opsi (“%1”).</translation>
    </message>
    <message>
        <source>The library has no actor named “%1”.</source>
        <translation>Pustaka tidak memiliki aktor bernama “%1”.</translation>
    </message>
    <message>
        <source>The library has no claims.</source>
        <translation>Pustaka belum berisi klaim.</translation>
    </message>
    <message>
        <source>No claims match these options.</source>
        <translation>Tidak ada klaim yang cocok dengan opsi ini.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Pengklaim</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>(orphaned) %1</source>
        <translation>(yatim) %1</translation>
    </message>
</context>
<context>
    <name>Dateline::CommandContext</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Tampilkan bantuan ini lalu keluar.</translation>
    </message>
    <message>
        <source>Use the library file PATH instead of the default library.</source>
        <translation>Gunakan berkas pustaka PATH, bukan pustaka bawaan.</translation>
    </message>
    <message>
        <source>Run “dateline %1 --help” for its usage.</source>
        <translation>Jalankan “dateline %1 --help” untuk cara pakainya.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Penggunaan: %1</translation>
    </message>
    <message>
        <source>--library needs the path of a library file.</source>
        <translation>--library memerlukan path sebuah berkas pustaka.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not “%3”.</source>
        <translation>--%1 memerlukan bilangan bulat paling sedikit %2, bukan “%3”.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file.</source>
        <translation>%1 adalah folder, bukan berkas pustaka.</translation>
    </message>
    <message>
        <source>There is no library at %1 (“dateline --library %1 import PATH...” creates one).</source>
        <translation>Tidak ada pustaka di %1 (“dateline --library %1 import PATH...” membuatnya).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the library.</source>
        <translation>Folder %1 untuk pustaka tidak dapat dibuat.</translation>
    </message>
</context>
<context>
    <name>Dateline::CommandLine</name>
    <message>
        <source>Usage: dateline [--library PATH] COMMAND [ARGUMENTS...]
       dateline [--library PATH]    (opens the window)

Dateline reads and annotates geopolitical news. Without a command it opens its window; with one it works in the terminal.

Commands:
</source>
        <translation>Penggunaan: dateline [--library PATH] PERINTAH [ARGUMEN...]
            dateline [--library PATH]    (membuka jendela)

Dateline membaca dan memberi anotasi pada berita geopolitik. Tanpa perintah, Dateline membuka jendelanya; dengan perintah, Dateline bekerja di terminal.

Perintah:
</translation>
    </message>
    <message>
        <source>Options:
  --library PATH  Use the library file PATH instead of the default library
                  (before or after the command, also as --library=PATH).
  -h, --help      Show this help and exit.
  -v, --version   Show the version and exit.

Run “dateline COMMAND --help” for a command&apos;s own options.
</source>
        <translation>Opsi:
  --library PATH  Gunakan berkas pustaka PATH, bukan pustaka bawaan
                  (sebelum atau sesudah perintah, juga sebagai --library=PATH).
  -h, --help      Tampilkan bantuan ini lalu keluar.
  -v, --version   Tampilkan versi lalu keluar.

Jalankan “dateline PERINTAH --help” untuk opsi setiap perintah.
</translation>
    </message>
    <message>
        <source>Run “dateline --help” for the commands and options.</source>
        <translation>Jalankan “dateline --help” untuk daftar perintah dan opsi.</translation>
    </message>
    <message>
        <source>--library needs the path of a library file.</source>
        <translation>--library memerlukan path sebuah berkas pustaka.</translation>
    </message>
    <message>
        <source>Unknown option “%1” before the command.</source>
        <translation>Opsi “%1” sebelum perintah tidak dikenal.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Tidak ada perintah.</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>“%1” bukan perintah.</translation>
    </message>
</context>
<context>
    <name>Dateline::Gazetteer</name>
    <message>
        <source>Cannot read the gazetteer file %1: %2</source>
        <translation>Berkas gazetir %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The gazetteer file %1 is not valid JSON: %2</source>
        <translation>Berkas gazetir %1 bukan JSON yang sah: %2</translation>
    </message>
    <message>
        <source>An entry of the gazetteer file %1 lacks a key or a name.</source>
        <translation>Sebuah entri dalam berkas gazetir %1 tidak memiliki kunci atau nama.</translation>
    </message>
</context>
<context>
    <name>Dateline::GuiApplication</name>
    <message>
        <source>Dateline</source>
        <translation>Dateline</translation>
    </message>
    <message>
        <source>Dateline cannot open the library %1. The file was left as it is.</source>
        <translation>Dateline tidak dapat membuka pustaka %1. Berkas itu dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>Open Another Library…</source>
        <translation>Buka Pustaka Lain…</translation>
    </message>
    <message>
        <source>Create a New Library…</source>
        <translation>Buat Pustaka Baru…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Dateline libraries (*.dateline);;All files (*)</source>
        <translation>Pustaka Dateline (*.dateline);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Buka Pustaka</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Pustaka Baru</translation>
    </message>
    <message>
        <source>Dateline: a reader and annotation workbench for geopolitical news.</source>
        <translation>Dateline: pembaca dan meja kerja anotasi untuk berita geopolitik.</translation>
    </message>
    <message>
        <source>Open the library file &lt;path&gt; instead of the last one used.</source>
        <translation>Buka berkas pustaka &lt;path&gt; alih-alih yang terakhir dipakai.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
</context>
<context>
    <name>Dateline::ImportCommand</name>
    <message>
        <source>Import story files (.txt, .md) and folders of them.</source>
        <translation>Impor berkas berita (.txt, .md) dan folder yang berisi berkas itu.</translation>
    </message>
    <message>
        <source>A story file, or a folder: every story file in it.</source>
        <translation>Berkas berita, atau folder: semua berkas berita di dalamnya.</translation>
    </message>
    <message>
        <source>import needs at least one file or folder.</source>
        <translation>import memerlukan paling sedikit satu berkas atau folder.</translation>
    </message>
    <message>
        <source>Importing %1/%2: %3</source>
        <translation>Mengimpor %1/%2: %3</translation>
    </message>
    <message>
        <source>Imported 1 story</source>
        <translation>1 berita diimpor</translation>
    </message>
    <message>
        <source>Imported %1 stories</source>
        <translation>%1 berita diimpor</translation>
    </message>
    <message>
        <source>%1 already in the library</source>
        <translation>%1 sudah ada di pustaka</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 gagal</translation>
    </message>
    <message>
        <source>Import interrupted; the stories imported so far are kept.</source>
        <translation>Impor dihentikan; berita yang sudah diimpor tetap disimpan.</translation>
    </message>
    <message>
        <source>Prints one line for each file that could not be imported and a summary last. Stories already in the library are counted, not imported again; a changed story with the URL, or the dateline place and title, of one in the library becomes its new revision (&quot;updated&quot;). Ctrl+C stops after the current batch and keeps what was imported.
Exit status: 0 when every file was imported or already there, 1 when some failed, 2 on bad usage or a library that cannot be opened, 130 when interrupted.</source>
        <translation>Mencetak satu baris untuk setiap berkas yang tidak dapat diimpor, lalu ringkasan di akhir. Berita yang sudah ada di pustaka dihitung, tidak diimpor lagi; berita yang berubah dengan URL, atau tempat dateline dan judul, yang sama dengan berita di pustaka menjadi revisi barunya (&quot;diperbarui&quot;). Ctrl+C berhenti setelah kelompok yang sedang berjalan dan menyimpan yang sudah diimpor.
Status keluar: 0 bila setiap berkas berhasil diimpor atau sudah ada, 1 bila sebagian gagal, 2 bila penggunaan salah atau pustaka tidak dapat dibuka, 130 bila dihentikan.</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 diperbarui</translation>
    </message>
</context>
<context>
    <name>Dateline::ImportController</name>
    <message>
        <source>Importing stories</source>
        <translation>Mengimpor berita</translation>
    </message>
    <message>
        <source>Looking for stories…</source>
        <translation>Mencari berita…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancelling after the current batch; stories already imported stay…</source>
        <translation>Membatalkan setelah kelompok ini; berita yang sudah diimpor tetap disimpan…</translation>
    </message>
    <message>
        <source>Reading %1 of %2: %3</source>
        <translation>Membaca %1 dari %2: %3</translation>
    </message>
    <message>
        <source>The import could not write to the library: %1</source>
        <translation>Impor tidak dapat menulis ke pustaka: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: every story was already in the library (duplicates: %n).</source>
        <translation>
            <numerusform>Tidak ada yang baru: semua berita sudah ada di pustaka (duplikat: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stories imported: %n</source>
        <translation>
            <numerusform>Berita diimpor: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicates skipped, already in the library: %n</source>
        <translation>
            <numerusform>Duplikat dilewati, sudah ada di pustaka: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files that could not be imported: %n</source>
        <translation>
            <numerusform>Berkas yang tidak dapat diimpor: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the stories imported before that were kept.</source>
        <translation>Impor dibatalkan; berita yang diimpor sebelumnya tetap disimpan.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>Open the details for each file and its reason.</source>
        <translation>Buka rinciannya untuk melihat setiap berkas dan alasannya.</translation>
    </message>
    <message numerus="yes">
        <source>Stories updated, the old text kept as a revision: %n</source>
        <translation>
            <numerusform>Berita diperbarui, teks lama disimpan sebagai revisi: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dateline::Importer</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>is too large (%1 MB; Dateline reads stories of up to %2 MB)</source>
        <translation>terlalu besar (%1 MB; Dateline membaca berita hingga %2 MB)</translation>
    </message>
    <message>
        <source>contains no text</source>
        <translation>tidak berisi teks</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Could not write to the library: %1</source>
        <translation>Tidak dapat menulis ke pustaka: %1</translation>
    </message>
    <message>
        <source>Could not save the imported stories in the library: %1</source>
        <translation>Berita yang diimpor tidak dapat disimpan di pustaka: %1</translation>
    </message>
    <message>
        <source>was not saved: the library could not be written</source>
        <translation>tidak disimpan: pustaka tidak dapat ditulis</translation>
    </message>
    <message>
        <source>could not be checked against the library: %1</source>
        <translation>tidak dapat dicocokkan dengan pustaka: %1</translation>
    </message>
    <message>
        <source>could not be stored: %1</source>
        <translation>tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Could not read the library&apos;s actors: %1</source>
        <translation>Tidak dapat membaca aktor pustaka: %1</translation>
    </message>
    <message>
        <source>was imported, but its actors and quotations could not be stored: %1</source>
        <translation>sudah diimpor, tetapi aktor dan kutipannya tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>Dateline::Library</name>
    <message>
        <source>%1 is damaged and was not opened (%2). It was left unchanged; restore it from a copy or open another library.</source>
        <translation>%1 rusak dan tidak dibuka (%2). Berkas tidak diubah; pulihkan dari salinan atau buka pustaka lain.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Dateline (library format %2); this version reads formats up to %3. Open it with a newer Dateline. It was left unchanged.</source>
        <translation>%1 ditulis oleh Dateline versi yang lebih baru (format pustaka %2); versi ini membaca format hingga %3. Bukalah dengan Dateline yang lebih baru. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Dateline library. It was left unchanged.</source>
        <translation>%1 adalah basis data SQLite milik program lain, bukan pustaka Dateline. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Dateline library. It was left unchanged.</source>
        <translation>%1 adalah basis data SQLite tetapi bukan pustaka Dateline. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1 was not updated, because a copy of it could not be kept first: %2</source>
        <translation>%1 tidak diperbarui karena salinannya tidak dapat disimpan terlebih dahulu: %2</translation>
    </message>
    <message>
        <source>%1: %2 The file was left as it was.</source>
        <translation>%1: %2 Berkas dibiarkan seperti semula.</translation>
    </message>
    <message>
        <source>%1 could not be switched to write-ahead logging: %2</source>
        <translation>%1 tidak dapat dialihkan ke mode write-ahead logging: %2</translation>
    </message>
    <message>
        <source>This build of Dateline has no schema steps; it cannot open %1.</source>
        <translation>Build Dateline ini tidak memiliki langkah skema; %1 tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is missing, so no library can be opened.</source>
        <translation>Driver SQLite milik Qt (QSQLITE) tidak ada, jadi tidak ada pustaka yang dapat dibuka.</translation>
    </message>
    <message>
        <source>The SQLite library on this system has no full-text search (FTS5), which Dateline needs. Install a SQLite built with FTS5.</source>
        <translation>Pustaka SQLite di sistem ini tidak memiliki pencarian teks lengkap (FTS5) yang dibutuhkan Dateline. Pasang SQLite yang dibangun dengan FTS5.</translation>
    </message>
    <message>
        <source>%1 is not a file, so it cannot be a library.</source>
        <translation>%1 bukan berkas, jadi tidak dapat menjadi pustaka.</translation>
    </message>
    <message>
        <source>The library %1 does not exist.</source>
        <translation>Pustaka %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 is not a Dateline library: it is not a SQLite database. It was left unchanged.</source>
        <translation>%1 bukan pustaka Dateline: berkas itu bukan basis data SQLite. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created for the library.</source>
        <translation>Folder %1 untuk pustaka tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>%1 must be brought up to library format %2 before a second connection can use it. It was left unchanged.</source>
        <translation>%1 harus diperbarui ke format pustaka %2 sebelum koneksi kedua dapat memakainya. Berkas tidak diubah.</translation>
    </message>
</context>
<context>
    <name>Dateline::LibrarySetup</name>
    <message>
        <source>Cannot create the folder %1 for the library.</source>
        <translation>Folder %1 untuk pustaka tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Created a new library at %1, but the sample stories could not be added: %2</source>
        <translation>Pustaka baru dibuat di %1, tetapi contoh berita tidak dapat ditambahkan: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created a new library at %1 with the sample stories (%n).</source>
        <translation>
            <numerusform>Pustaka baru dibuat di %1 dengan contoh berita (%n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dateline::LibrarySidebar</name>
    <message>
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
</context>
<context>
    <name>Dateline::LinkCandidatesModel</name>
    <message>
        <source>Claim</source>
        <extracomment>What a row of the link dialog is: a marked claim, or a quotation not yet marked as a claim</extracomment>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>%1

%2 (%3)</source>
        <extracomment>Tool tip of a claim or quotation in the link dialog: the passage, then its story</extracomment>
        <translation>%1

%2 (%3)</translation>
    </message>
    <message>
        <source>In common: %1</source>
        <extracomment>Tool tip: the actors and figures a suggested claim has in common with the claim being linked</extracomment>
        <translation>Kesamaan: %1</translation>
    </message>
    <message>
        <source>Passage</source>
        <extracomment>Column header of the link dialog: the text of a claim or quotation</extracomment>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Claimant</source>
        <extracomment>Column header: who claims or says the passage</extracomment>
        <translation>Pengklaim</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Berita</translation>
    </message>
    <message>
        <source>In common</source>
        <extracomment>Column header: actors and figures a suggestion has in common with the claim being linked</extracomment>
        <translation>Kesamaan</translation>
    </message>
</context>
<context>
    <name>Dateline::LinkClaimsCommand</name>
    <message>
        <source>Link claims (%1)</source>
        <extracomment>Undo/redo text: linking two claims, with the relation (&quot;Link claims (contradicts)&quot;)</extracomment>
        <translation>Tautkan klaim (%1)</translation>
    </message>
    <message>
        <source>Remove link (%1)</source>
        <extracomment>Undo/redo text: removing the link between two claims</extracomment>
        <translation>Hapus tautan (%1)</translation>
    </message>
</context>
<context>
    <name>Dateline::LinkCommand</name>
    <message>
        <source>Link two claims: the same claim, supports, contradicts, elaborates, updates or cites.</source>
        <translation>Tautkan dua klaim: klaim yang sama, mendukung, membantah, merinci, memperbarui, atau mengutip.</translation>
    </message>
    <message>
        <source>The link goes from FROM_ID to TO_ID: “dateline link 7 3 updates” says that claim 7 updates claim 3. An unknown claim, a claim linked to itself or the same link twice is an error (exit status 1).</source>
        <translation>Tautan mengarah dari FROM_ID ke TO_ID: “dateline link 7 3 updates” berarti klaim 7 memperbarui klaim 3. Klaim yang tidak dikenal, klaim yang ditautkan ke dirinya sendiri, atau tautan yang sama dua kali adalah kesalahan (status keluar 1).</translation>
    </message>
    <message>
        <source>Print the new link as one JSON document.</source>
        <translation>Cetak tautan baru sebagai satu dokumen JSON.</translation>
    </message>
    <message>
        <source>A note on the link.</source>
        <translation>Catatan pada tautan.</translation>
    </message>
    <message>
        <source>The claim the relation is said of.</source>
        <translation>Klaim yang menjadi subjek relasi.</translation>
    </message>
    <message>
        <source>The other claim.</source>
        <translation>Klaim yang lain.</translation>
    </message>
    <message>
        <source>link needs two claim IDs and a relation.</source>
        <translation>link memerlukan dua ID klaim dan sebuah relasi.</translation>
    </message>
    <message>
        <source>“%1” is not a claim ID: IDs are whole numbers from 1.</source>
        <translation>“%1” bukan ID klaim: ID adalah bilangan bulat mulai dari 1.</translation>
    </message>
    <message>
        <source>“%1” is not a relation: use one of %2.</source>
        <translation>“%1” bukan relasi: gunakan salah satu dari %2.</translation>
    </message>
    <message>
        <source>Link %1: claim %2 %3 claim %4.</source>
        <translation>Tautan %1: klaim %2 %3 klaim %4.</translation>
    </message>
</context>
<context>
    <name>Dateline::LinkDialog</name>
    <message>
        <source>Link Claim</source>
        <translation>Tautkan Klaim</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <extracomment>The claim being linked, then its outlet and date</extracomment>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Balik</translation>
    </message>
    <message>
        <source>Make the link point from the chosen claim to this one</source>
        <translation>Buat tautan mengarah dari klaim yang dipilih ke klaim ini</translation>
    </message>
    <message>
        <source>Optional note on the link</source>
        <translation>Catatan opsional pada tautan</translation>
    </message>
    <message>
        <source>Search every claim and quotation</source>
        <translation>Cari di semua klaim dan kutipan</translation>
    </message>
    <message>
        <source>Link</source>
        <extracomment>Button of the link dialog: link the claim to the selected claim or quotation</extracomment>
        <translation>Tautkan</translation>
    </message>
    <message>
        <source>This claim</source>
        <translation>Klaim ini</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Tag apa pun</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>Aktor mana pun</translation>
    </message>
    <message>
        <source>Other actor…</source>
        <translation>Aktor lain…</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Media mana pun</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Bertanggal</translation>
    </message>
    <message>
        <source>Stories from this date</source>
        <translation>Berita sejak tanggal ini</translation>
    </message>
    <message>
        <source>Stories up to this date</source>
        <translation>Berita hingga tanggal ini</translation>
    </message>
    <message>
        <source>the one chosen below</source>
        <extracomment>After &quot;This claim [relation]&quot;: the claim or quotation chosen in the list below</extracomment>
        <translation>yang dipilih di bawah</translation>
    </message>
    <message>
        <source>The link points from the chosen claim to this one</source>
        <translation>Tautan mengarah dari klaim yang dipilih ke klaim ini</translation>
    </message>
    <message>
        <source>The link points from this claim to the chosen one</source>
        <translation>Tautan mengarah dari klaim ini ke yang dipilih</translation>
    </message>
    <message>
        <source>No suggestions: type to search every claim and quotation of the library.</source>
        <translation>Tidak ada saran: ketik untuk mencari di semua klaim dan kutipan di pustaka.</translation>
    </message>
    <message>
        <source>Suggested links (sharing actors, figures or words with this claim):</source>
        <translation>Saran tautan (memiliki aktor, angka, atau kata yang sama dengan klaim ini):</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Tidak ditemukan apa pun.</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Ditemukan:</translation>
    </message>
    <message>
        <source>Choose a claim or quotation to link to.</source>
        <translation>Pilih klaim atau kutipan yang akan ditautkan.</translation>
    </message>
</context>
<context>
    <name>Dateline::ListCommand</name>
    <message>
        <source>List the stories, newest first.</source>
        <translation>Daftar berita, yang terbaru lebih dulu.</translation>
    </message>
    <message>
        <source>On a terminal the table fits its width. An empty list is not an error (exit status 0).</source>
        <translation>Di terminal, tabel menyesuaikan lebarnya. Daftar kosong bukan kesalahan (status keluar 0).</translation>
    </message>
    <message>
        <source>Print one JSON document instead of a table.</source>
        <translation>Cetak satu dokumen JSON, bukan tabel.</translation>
    </message>
    <message>
        <source>Show at most N stories (default %1; 0 shows them all).</source>
        <translation>Tampilkan paling banyak N berita (bawaan %1; 0 menampilkan semuanya).</translation>
    </message>
    <message>
        <source>Only the stories of the outlet NAME.</source>
        <translation>Hanya berita dari media NAME.</translation>
    </message>
    <message>
        <source>Only the stories in the language CODE (ISO 639-1, as “id” or “en”).</source>
        <translation>Hanya berita dalam bahasa CODE (ISO 639-1, seperti “id” atau “en”).</translation>
    </message>
    <message>
        <source>list takes no arguments, only options (“%1”).</source>
        <translation>list tidak menerima argumen, hanya opsi (“%1”).</translation>
    </message>
    <message>
        <source>The library has no outlet named “%1” (“dateline stats” lists them).</source>
        <translation>Pustaka tidak memiliki media bernama “%1” (“dateline stats” menampilkan daftarnya).</translation>
    </message>
    <message>
        <source>The library has no stories.</source>
        <translation>Pustaka belum berisi berita.</translation>
    </message>
    <message>
        <source>No stories match these options.</source>
        <translation>Tidak ada berita yang cocok dengan opsi ini.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Bhs.</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
</context>
<context>
    <name>Dateline::MainActions</name>
    <message>
        <source>&amp;New Library…</source>
        <translation>Pustaka &amp;Baru…</translation>
    </message>
    <message>
        <source>Create an empty library file and switch to it</source>
        <translation>Buat berkas pustaka kosong dan beralih ke sana</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>B&amp;uka Pustaka…</translation>
    </message>
    <message>
        <source>Switch to another library file</source>
        <translation>Beralih ke berkas pustaka lain</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Impor Berkas…</translation>
    </message>
    <message>
        <source>Import story files (plain text or Markdown)</source>
        <translation>Impor berkas berita (teks biasa atau Markdown)</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Impor &amp;Folder…</translation>
    </message>
    <message>
        <source>Import every story file in a folder</source>
        <translation>Impor setiap berkas berita dalam sebuah folder</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Close Dateline</source>
        <translation>Tutup Dateline</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Search the stories of this library</source>
        <translation>Cari berita di pustaka ini</translation>
    </message>
    <message>
        <source>&amp;About Dateline</source>
        <translation>&amp;Tentang Dateline</translation>
    </message>
    <message>
        <source>What Dateline is, its version and the open library</source>
        <translation>Apa itu Dateline, versinya, dan pustaka yang terbuka</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ulang&amp;i</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>Choose the reader&apos;s colour theme</source>
        <translation>Pilih tema warna pembaca</translation>
    </message>
    <message>
        <source>Re-analyse &amp;Story</source>
        <translation>Analisis Ulang &amp;Berita</translation>
    </message>
    <message>
        <source>Find the actors and quotations of this story again; your decisions stay</source>
        <translation>Cari lagi aktor dan kutipan berita ini; keputusan Anda tetap</translation>
    </message>
    <message>
        <source>Re-analyse &amp;Library…</source>
        <translation>Analisis Ulang &amp;Pustaka…</translation>
    </message>
    <message>
        <source>Find the actors and quotations of every story again; your decisions stay</source>
        <translation>Cari lagi aktor dan kutipan semua berita; keputusan Anda tetap</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>&amp;Anotasi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Mark Claim…</source>
        <translation>&amp;Tandai Klaim…</translation>
    </message>
    <message>
        <source>Make the words selected in the story a claim: who claims it, tags, status</source>
        <translation>Jadikan kata-kata yang dipilih dalam berita sebuah klaim: siapa yang mengklaim, tag, status</translation>
    </message>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation>&amp;Sunting Klaim…</translation>
    </message>
    <message>
        <source>Edit the claim chosen in the annotation dock or under the cursor</source>
        <translation>Sunting klaim yang dipilih di panel anotasi atau yang ada di bawah kursor</translation>
    </message>
    <message>
        <source>&amp;Tag Manager…</source>
        <translation>&amp;Pengelola Tag…</translation>
    </message>
    <message>
        <source>Rename, colour, nest, merge and delete the tags of the library</source>
        <translation>Ganti nama, beri warna, sarangkan, gabungkan, dan hapus tag di pustaka</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Klaim</translation>
    </message>
</context>
<context>
    <name>Dateline::MainWindow</name>
    <message>
        <source>Search: %1</source>
        <translation>Pencarian: %1</translation>
    </message>
    <message>
        <source>%1 — Dateline</source>
        <translation>%1 — Dateline</translation>
    </message>
    <message>
        <source>Cannot read the story: %1</source>
        <translation>Tidak dapat membaca berita: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stories: %Ln</source>
        <translation>
            <numerusform>Berita: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Impor sedang berjalan.</translation>
    </message>
    <message>
        <source>This library is already open.</source>
        <translation>Pustaka ini sudah terbuka.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Membuka %1</translation>
    </message>
    <message>
        <source>Cannot open library</source>
        <translation>Tidak dapat membuka pustaka</translation>
    </message>
    <message>
        <source>Dateline cannot open %1. The library that was open stays open.</source>
        <translation>Dateline tidak dapat membuka %1. Pustaka yang tadi terbuka tetap terbuka.</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Pustaka Baru</translation>
    </message>
    <message>
        <source>Dateline libraries (*.dateline);;All files (*)</source>
        <translation>Pustaka Dateline (*.dateline);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>A file with this name exists already. Use Open Library to open it.</source>
        <translation>Sudah ada berkas dengan nama ini. Gunakan Buka Pustaka untuk membukanya.</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Buka Pustaka</translation>
    </message>
    <message>
        <source>Import Stories</source>
        <translation>Impor Berita</translation>
    </message>
    <message>
        <source>Stories (*.txt *.text *.md *.markdown);;Plain text (*.txt *.text);;Markdown (*.md *.markdown);;All files (*)</source>
        <translation>Berita (*.txt *.text *.md *.markdown);;Teks biasa (*.txt *.text);;Markdown (*.md *.markdown);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Stories</source>
        <translation>Impor Folder Berita</translation>
    </message>
    <message>
        <source>About Dateline</source>
        <translation>Tentang Dateline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dateline %1&lt;/h3&gt;&lt;p&gt;A reader and annotation workbench for geopolitical news: import stories, find them by full-text search and read them, offline. Everything lives in one library file on this computer.&lt;/p&gt;&lt;p&gt;Open library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dateline %1&lt;/h3&gt;&lt;p&gt;Pembaca dan meja kerja anotasi untuk berita geopolitik: impor berita, temukan dengan pencarian teks lengkap, dan baca, tanpa jaringan. Semuanya tersimpan dalam satu berkas pustaka di komputer ini.&lt;/p&gt;&lt;p&gt;Pustaka yang terbuka: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a story to analyse first.</source>
        <translation>Pilih dulu berita yang akan dianalisis.</translation>
    </message>
    <message>
        <source>Choose a story and select the words of the claim first.</source>
        <translation>Pilih dulu sebuah berita dan pilih kata-kata klaimnya.</translation>
    </message>
    <message>
        <source>Choose a claim in the dock&apos;s Claims tab first.</source>
        <translation>Pilih dulu sebuah klaim di tab Klaim pada panel.</translation>
    </message>
</context>
<context>
    <name>Dateline::Migrations</name>
    <message>
        <source>The schema step %1 could not be read: %2</source>
        <translation>Langkah skema %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The schema steps are not numbered 1, 2, 3...: %1 comes after step %2.</source>
        <translation>Langkah skema tidak bernomor 1, 2, 3...: %1 muncul setelah langkah %2.</translation>
    </message>
    <message>
        <source>The library&apos;s format could not be read: %1</source>
        <translation>Format pustaka tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The library connection is not an open SQLite connection.</source>
        <translation>Koneksi pustaka bukan koneksi SQLite yang terbuka.</translation>
    </message>
    <message>
        <source>The library could not be updated: %1</source>
        <translation>Pustaka tidak dapat diperbarui: %1</translation>
    </message>
    <message>
        <source>The library could not be updated to format %1 (%2): %3</source>
        <translation>Pustaka tidak dapat diperbarui ke format %1 (%2): %3</translation>
    </message>
    <message>
        <source>a row of %1 points to a missing row of %2</source>
        <translation>sebuah baris %1 merujuk ke baris %2 yang tidak ada</translation>
    </message>
</context>
<context>
    <name>Dateline::OrphansModel</name>
    <message>
        <source>Claim</source>
        <extracomment>Kind of an orphaned annotation</extracomment>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Quotation</source>
        <extracomment>Kind of an orphaned annotation</extracomment>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Mention</source>
        <extracomment>Kind of an orphaned annotation: an actor named in the text</extracomment>
        <translation>Sebutan</translation>
    </message>
    <message>
        <source>(untitled story %1)</source>
        <translation>(berita tanpa judul %1)</translation>
    </message>
    <message>
        <source>…%1[%2]%3…</source>
        <extracomment>The old text of an orphaned annotation with the words that stood around it</extracomment>
        <translation>…%1[%2]%3…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Berita</translation>
    </message>
    <message>
        <source>Old text</source>
        <translation>Teks lama</translation>
    </message>
    <message>
        <source>Revised</source>
        <extracomment>When the story got the text in which the annotation was lost</extracomment>
        <translation>Direvisi</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>Pustaka tertutup.</translation>
    </message>
</context>
<context>
    <name>Dateline::OrphansView</name>
    <message>
        <source>Orphaned Annotations</source>
        <translation>Anotasi Yatim</translation>
    </message>
    <message>
        <source>Open Story</source>
        <translation>Buka Berita</translation>
    </message>
    <message>
        <source>Show the story of the selected annotation</source>
        <translation>Tampilkan berita dari anotasi yang dipilih</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the selected annotation (it can be undone)</source>
        <translation>Hapus anotasi yang dipilih (dapat diurungkan)</translation>
    </message>
    <message>
        <source>Claims, quotations and mentions whose text is gone from a changed story</source>
        <translation>Klaim, kutipan, dan sebutan yang teksnya hilang dari berita yang berubah</translation>
    </message>
    <message>
        <source>No orphaned annotations: every claim, quotation and mention has its place in its story.</source>
        <translation>Tidak ada anotasi yatim: setiap klaim, kutipan, dan sebutan memiliki tempat dalam beritanya.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) lost their text when their story changed.</source>
        <translation>
            <numerusform>%n anotasi kehilangan teksnya saat beritanya berubah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Orphaned Claim</source>
        <translation>Hapus Klaim Yatim</translation>
    </message>
    <message>
        <source>Delete Orphaned Quotation</source>
        <translation>Hapus Kutipan Yatim</translation>
    </message>
    <message>
        <source>Delete Orphaned Mention</source>
        <translation>Hapus Sebutan Yatim</translation>
    </message>
</context>
<context>
    <name>Dateline::ReaderView</name>
    <message>
        <source>No story selected</source>
        <translation>Belum ada berita yang dipilih</translation>
    </message>
    <message>
        <source>Choose a story in the list to read it here.</source>
        <translation>Pilih berita di daftar untuk membacanya di sini.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Berita tanpa judul</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Claimed by %1</source>
        <translation>Diklaim oleh %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to other claims</source>
        <translation>
            <numerusform>%n tautan ke klaim lain</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dateline::ReanalyseController</name>
    <message>
        <source>Analysing stories</source>
        <translation>Menganalisis berita</translation>
    </message>
    <message>
        <source>Reading the gazetteer…</source>
        <translation>Membaca gazetir…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancelling after the current story; stories already analysed stay…</source>
        <translation>Membatalkan setelah berita ini; berita yang sudah dianalisis tetap…</translation>
    </message>
    <message>
        <source>Analysing story %1 of %2</source>
        <translation>Menganalisis berita %1 dari %2</translation>
    </message>
    <message>
        <source>The analysis could not write to the library: %1</source>
        <translation>Analisis tidak dapat menulis ke pustaka: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stories analysed: %n</source>
        <translation>
            <numerusform>Berita dianalisis: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (cancelled; the stories analysed before that were kept)</source>
        <translation>%1 (dibatalkan; berita yang dianalisis sebelumnya disimpan)</translation>
    </message>
</context>
<context>
    <name>Dateline::Reanalyzer</name>
    <message>
        <source>The library&apos;s stories could not be listed: %1</source>
        <translation>Daftar berita di pustaka tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The stories could not be read: %1</source>
        <translation>Berita tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Could not write to the library: %1</source>
        <translation>Tidak dapat menulis ke pustaka: %1</translation>
    </message>
    <message>
        <source>The actors and quotations of a story could not be stored: %1</source>
        <translation>Aktor dan kutipan sebuah berita tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Could not save the new analysis in the library: %1</source>
        <translation>Analisis baru tidak dapat disimpan di pustaka: %1</translation>
    </message>
</context>
<context>
    <name>Dateline::RevisionDiffDialog</name>
    <message>
        <source>Compare Revisions</source>
        <translation>Bandingkan Revisi</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Ke:</translation>
    </message>
    <message>
        <source>Revision %1 (current): %2</source>
        <extracomment>The story&apos;s current text in the list of its revisions</extracomment>
        <translation>Revisi %1 (saat ini): %2</translation>
    </message>
    <message>
        <source>Revision %1 (until %2): %3</source>
        <extracomment>An older text of the story: its number, when it was replaced, its title</extracomment>
        <translation>Revisi %1 (hingga %2): %3</translation>
    </message>
    <message>
        <source>The story has no revisions.</source>
        <translation>Berita ini tidak memiliki revisi.</translation>
    </message>
    <message>
        <source>Deleted in the newer revision</source>
        <translation>Dihapus dalam revisi yang lebih baru</translation>
    </message>
    <message>
        <source>Inserted in the newer revision</source>
        <translation>Disisipkan dalam revisi yang lebih baru</translation>
    </message>
    <message>
        <source>The same revision on both sides.</source>
        <translation>Revisi yang sama di kedua sisi.</translation>
    </message>
    <message>
        <source>Passages inserted: %1, passages deleted: %2</source>
        <translation>Bagian yang disisipkan: %1, bagian yang dihapus: %2</translation>
    </message>
    <message>
        <source>Compare Revisions…</source>
        <translation>Bandingkan Revisi…</translation>
    </message>
    <message>
        <source>Show what changed between two texts of the story in the reader</source>
        <translation>Tampilkan apa yang berubah di antara dua teks berita di pembaca</translation>
    </message>
    <message>
        <source>Open a story to compare its revisions.</source>
        <translation>Buka sebuah berita untuk membandingkan revisinya.</translation>
    </message>
    <message>
        <source>This story has not changed since it was imported: it has no other revision.</source>
        <translation>Berita ini belum berubah sejak diimpor: tidak ada revisi lain.</translation>
    </message>
</context>
<context>
    <name>Dateline::RevisionStore</name>
    <message>
        <source>The library could not be searched for an earlier version of the story: %1</source>
        <translation>Pustaka tidak dapat diperiksa untuk mencari versi sebelumnya dari berita: %1</translation>
    </message>
    <message>
        <source>The revisions of the story could not be read: %1</source>
        <translation>Revisi berita tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>A story cannot be given an empty text.</source>
        <translation>Berita tidak dapat diberi teks kosong.</translation>
    </message>
    <message>
        <source>The story could not be revised: %1</source>
        <translation>Berita tidak dapat direvisi: %1</translation>
    </message>
    <message>
        <source>story %1 is not in the library</source>
        <translation>berita %1 tidak ada di pustaka</translation>
    </message>
    <message>
        <source>Story %1 is not in the library.</source>
        <translation>Berita %1 tidak ada di pustaka.</translation>
    </message>
    <message>
        <source>The revision could not be read: %1</source>
        <translation>Revisi tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The story has no such revision.</source>
        <translation>Berita tidak memiliki revisi tersebut.</translation>
    </message>
    <message>
        <source>The orphaned annotations could not be read: %1</source>
        <translation>Anotasi yatim tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The annotation could not be deleted: %1</source>
        <translation>Anotasi tidak dapat dihapus: %1</translation>
    </message>
    <message>
        <source>The annotation is no longer in the library.</source>
        <translation>Anotasi sudah tidak ada di pustaka.</translation>
    </message>
    <message>
        <source>The annotation could not be put back: %1</source>
        <translation>Anotasi tidak dapat dikembalikan: %1</translation>
    </message>
</context>
<context>
    <name>Dateline::SearchCommand</name>
    <message>
        <source>Search the stories&apos; titles and texts, best match first.</source>
        <translation>Cari di judul dan teks berita, yang paling cocok lebih dulu.</translation>
    </message>
    <message>
        <source>QUERY is in SQLite FTS5 syntax: words (all must occur), &quot;a phrase&quot;, OR, NOT, NEAR(a b), prefix*. Several arguments are joined with spaces. Letter case and diacritics do not matter.
Exit status: 0 with or without hits (no hits prints a note, or an empty &quot;hits&quot; list with --json), 1 when the query cannot be understood, 2 on bad usage.</source>
        <translation>QUERY memakai sintaks SQLite FTS5: kata (semuanya harus ada), &quot;sebuah frasa&quot;, OR, NOT, NEAR(a b), awalan*. Beberapa argumen digabung dengan spasi. Huruf besar-kecil dan diakritik tidak berpengaruh.
Status keluar: 0 dengan atau tanpa hasil (tanpa hasil mencetak catatan, atau daftar &quot;hits&quot; kosong dengan --json), 1 bila kueri tidak dapat dipahami, 2 bila cara pakai salah.</translation>
    </message>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation>Cetak satu dokumen JSON, bukan teks.</translation>
    </message>
    <message>
        <source>Show at most N hits (default %1).</source>
        <translation>Tampilkan paling banyak N hasil (bawaan %1).</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Yang dicari.</translation>
    </message>
    <message>
        <source>search needs a query.</source>
        <translation>search memerlukan kueri.</translation>
    </message>
    <message>
        <source>No stories match “%1”.</source>
        <translation>Tidak ada berita yang cocok dengan “%1”.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
</context>
<context>
    <name>Dateline::SearchField</name>
    <message>
        <source>Search stories (Ctrl+F)</source>
        <translation>Cari berita (Ctrl+F)</translation>
    </message>
    <message>
        <source>Words find stories containing all of them; the last word may be the start of a word.</source>
        <translation>Kata-kata menemukan berita yang memuat semuanya; kata terakhir boleh berupa awal sebuah kata.</translation>
    </message>
</context>
<context>
    <name>Dateline::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Ikuti sistem (terang atau gelap)</translation>
    </message>
    <message>
        <source>The reader colours actors and quotations with the colours of this highlighting theme.</source>
        <translation>Pembaca mewarnai aktor dan kutipan dengan warna tema penyorotan ini.</translation>
    </message>
    <message>
        <source>Reader &amp;theme:</source>
        <translation>&amp;Tema pembaca:</translation>
    </message>
</context>
<context>
    <name>Dateline::ShowCommand</name>
    <message>
        <source>Show one story: its header and its text.</source>
        <translation>Tampilkan satu berita: kepala dan teksnya.</translation>
    </message>
    <message>
        <source>The ID is the number that “dateline list” and “dateline search” print. An unknown ID is an error (exit status 1).</source>
        <translation>ID adalah nomor yang dicetak “dateline list” dan “dateline search”. ID yang tidak dikenal adalah kesalahan (status keluar 1).</translation>
    </message>
    <message>
        <source>Print the story, text included, as one JSON document.</source>
        <translation>Cetak berita, termasuk teksnya, sebagai satu dokumen JSON.</translation>
    </message>
    <message>
        <source>The story&apos;s number.</source>
        <translation>Nomor berita.</translation>
    </message>
    <message>
        <source>show needs exactly one story ID.</source>
        <translation>show memerlukan tepat satu ID berita.</translation>
    </message>
    <message>
        <source>“%1” is not a story ID: IDs are whole numbers from 1.</source>
        <translation>“%1” bukan ID berita: ID adalah bilangan bulat mulai dari 1.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Media:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Terbit:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Sumber:</translation>
    </message>
</context>
<context>
    <name>Dateline::SidebarModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>language name and ISO code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All stories</source>
        <translation>Semua berita</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n berita</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dateline::StatsCommand</name>
    <message>
        <source>Count the stories, outlets and languages in the library.</source>
        <translation>Hitung berita, media, dan bahasa di pustaka.</translation>
    </message>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation>Cetak satu dokumen JSON, bukan teks.</translation>
    </message>
    <message>
        <source>stats takes no arguments.</source>
        <translation>stats tidak menerima argumen.</translation>
    </message>
    <message>
        <source> (and %1 in the write-ahead log)</source>
        <translation> (dan %1 di log tulis-dahulu)</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Pustaka:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Ukuran:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Versi skema:</translation>
    </message>
    <message>
        <source>Stories:</source>
        <translation>Berita:</translation>
    </message>
    <message>
        <source>Outlets:</source>
        <translation>Media:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Berita</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
</context>
<context>
    <name>Dateline::TagManagerDialog</name>
    <message>
        <source>Tag Manager</source>
        <translation>Pengelola Tag</translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation>Tag &amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Warna…</translation>
    </message>
    <message>
        <source>&amp;No Colour</source>
        <translation>&amp;Tanpa Warna</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Pindahkan ke…</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>Gabungkan &amp;ke…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ulang&amp;i</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s). Drag a tag onto another to nest it.</source>
        <translation>
            <numerusform>%n tag. Seret sebuah tag ke tag lain untuk menyarangkannya.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Tag Baru</translation>
    </message>
    <message>
        <source>Name of the new tag under “%1”:</source>
        <translation>Nama tag baru di bawah “%1”:</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>Nama tag baru:</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Warna “%1”</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Tingkat teratas)</translation>
    </message>
    <message>
        <source>Move Tag</source>
        <translation>Pindahkan Tag</translation>
    </message>
    <message>
        <source>Move “%1” under:</source>
        <translation>Pindahkan “%1” ke bawah:</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>Gabungkan Tag</translation>
    </message>
    <message>
        <source>Merge “%1” into (its claims and sub-tags go there, and it is deleted):</source>
        <translation>Gabungkan “%1” ke (klaim dan subtagnya pindah ke sana, lalu tag ini dihapus):</translation>
    </message>
    <message>
        <source>Delete the tag “%1”?</source>
        <translation>Hapus tag “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) carry it; they keep their other tags.</source>
        <translation>
            <numerusform>%n klaim memakainya; klaim tersebut tetap memiliki tag lainnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-tag(s) go with it.</source>
        <translation>
            <numerusform>%n subtagnya ikut terhapus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Hapus Tag</translation>
    </message>
    <message>
        <source>Undo brings everything back.</source>
        <translation>Urungkan akan mengembalikan semuanya.</translation>
    </message>
</context>
<context>
    <name>Dateline::TagStore</name>
    <message>
        <source>The tags could not be read: %1</source>
        <translation>Tag tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The tag could not be read: %1</source>
        <translation>Tag tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>There is no tag %1 in the library.</source>
        <translation>Tidak ada tag %1 di pustaka.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Tag harus memiliki nama.</translation>
    </message>
    <message>
        <source>A tag&apos;s name cannot contain “/”.</source>
        <translation>Nama tag tidak boleh mengandung “/”.</translation>
    </message>
    <message>
        <source>The tag could not be checked: %1</source>
        <translation>Tag tidak dapat diperiksa: %1</translation>
    </message>
    <message>
        <source>A tag named “%1” already exists here.</source>
        <translation>Tag bernama “%1” sudah ada di sini.</translation>
    </message>
    <message>
        <source>“%1” is not a colour: use #rrggbb.</source>
        <translation>“%1” bukan warna: gunakan #rrggbb.</translation>
    </message>
    <message>
        <source>The tag could not be created: %1</source>
        <translation>Tag tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>“%1” is not a tag&apos;s path.</source>
        <translation>“%1” bukan path tag.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Tidak ada tag “%1”.</translation>
    </message>
    <message>
        <source>The tag could not be renamed: %1</source>
        <translation>Nama tag tidak dapat diganti: %1</translation>
    </message>
    <message>
        <source>The tag&apos;s colour could not be changed: %1</source>
        <translation>Warna tag tidak dapat diubah: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be moved under itself or one of its own tags.</source>
        <translation>“%1” tidak dapat dipindahkan ke bawah dirinya sendiri atau salah satu tagnya sendiri.</translation>
    </message>
    <message>
        <source>The tag could not be moved: %1</source>
        <translation>Tag tidak dapat dipindahkan: %1</translation>
    </message>
    <message>
        <source>The tags could not be merged: %1</source>
        <translation>Tag tidak dapat digabungkan: %1</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>Tag tidak dapat digabungkan ke dirinya sendiri.</translation>
    </message>
    <message>
        <source>“%1” cannot be merged into one of its own tags.</source>
        <translation>“%1” tidak dapat digabungkan ke salah satu tagnya sendiri.</translation>
    </message>
    <message>
        <source>Both tags have a tag named “%1”: merge or rename those first.</source>
        <translation>Kedua tag memiliki tag bernama “%1”: gabungkan atau ganti nama tag tersebut terlebih dahulu.</translation>
    </message>
    <message>
        <source>The tags could not be split again: %1</source>
        <translation>Tag tidak dapat dipisahkan lagi: %1</translation>
    </message>
    <message>
        <source>The tag could not be deleted: %1</source>
        <translation>Tag tidak dapat dihapus: %1</translation>
    </message>
    <message>
        <source>The tag could not be put back: %1</source>
        <translation>Tag tidak dapat dikembalikan: %1</translation>
    </message>
    <message>
        <source>The tag&apos;s claims could not be counted: %1</source>
        <translation>Klaim bertag ini tidak dapat dihitung: %1</translation>
    </message>
</context>
<context>
    <name>Dateline::TagTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Claims carrying the tag itself, then with its sub-tags.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n klaim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) with this tag, %1 with its sub-tags</source>
        <translation>
            <numerusform>%n klaim dengan tag ini, %1 dengan subtagnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Klaim</translation>
    </message>
</context>
<context>
    <name>Dateline::TextDecoder</name>
    <message>
        <source>is empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>starts with a %1 byte-order mark but is not valid %1 text</source>
        <translation>diawali penanda urutan bita %1 tetapi bukan teks %1 yang sah</translation>
    </message>
    <message>
        <source>looks like a binary file (it contains NUL bytes)</source>
        <translation>tampaknya berkas biner (berisi bita NUL)</translation>
    </message>
    <message>
        <source>looks like a binary file (it contains control characters)</source>
        <translation>tampaknya berkas biner (berisi karakter kendali)</translation>
    </message>
    <message>
        <source>could not be read: the character set detector did not start (%1)</source>
        <translation>tidak dapat dibaca: pendeteksi set karakter tidak dapat dijalankan (%1)</translation>
    </message>
    <message>
        <source>looks like %1 text, an encoding Dateline does not read</source>
        <translation>tampaknya teks %1, pengodean yang tidak dibaca Dateline</translation>
    </message>
    <message>
        <source>is not valid text in any encoding Dateline knows (not UTF-8, and none of Windows-1252, ISO-8859-1/2/5/6/7/8/9, KOI8-R, Windows-1251 or Windows-1256 fits)</source>
        <translation>bukan teks yang sah dalam pengodean mana pun yang dikenal Dateline (bukan UTF-8, dan tidak cocok dengan Windows-1252, ISO-8859-1/2/5/6/7/8/9, KOI8-R, Windows-1251, maupun Windows-1256)</translation>
    </message>
    <message>
        <source>is not valid text in any encoding Dateline knows (tried %1)</source>
        <translation>bukan teks yang sah dalam pengodean mana pun yang dikenal Dateline (dicoba: %1)</translation>
    </message>
</context>
<context>
    <name>Dateline::ThreadCommand</name>
    <message>
        <source>Follow a claim across stories: the claims linked to it, earliest first, with conflicting figures.</source>
        <translation>Ikuti sebuah klaim di berbagai berita: klaim-klaim yang tertaut dengannya, yang terlama lebih dulu, beserta angka yang saling bertentangan.</translation>
    </message>
    <message>
        <source>A thread is every claim reached from CLAIM_ID through links of any relation, ordered by the date of its story (unknown dates last). Where claims linked as the same claim state different figures (137 against 145), the thread lists the conflict. JSON: {&quot;claims&quot;: [...], &quot;links&quot;: [...], &quot;conflicts&quot;: [...]}, offsets in Unicode code points.</source>
        <translation>Utas adalah setiap klaim yang dapat dicapai dari CLAIM_ID melalui tautan dengan relasi apa pun, diurutkan menurut tanggal beritanya (tanggal yang tidak diketahui di akhir). Bila klaim yang ditautkan sebagai klaim yang sama menyebut angka yang berbeda (137 lawan 145), utas mencantumkan pertentangan itu. JSON: {&quot;claims&quot;: [...], &quot;links&quot;: [...], &quot;conflicts&quot;: [...]}, offset dalam titik kode Unicode.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Cetak satu dokumen JSON.</translation>
    </message>
    <message>
        <source>Any claim of the thread.</source>
        <translation>Klaim mana pun dalam utas.</translation>
    </message>
    <message>
        <source>thread needs exactly one claim ID.</source>
        <translation>thread memerlukan tepat satu ID klaim.</translation>
    </message>
    <message>
        <source>“%1” is not a claim ID: IDs are whole numbers from 1.</source>
        <translation>“%1” bukan ID klaim: ID adalah bilangan bulat mulai dari 1.</translation>
    </message>
    <message numerus="yes">
        <source>Thread of claim %1: %n claim(s)</source>
        <translation>
            <numerusform>Utas klaim %1: %n klaim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n tautan</numerusform>
        </translation>
    </message>
    <message>
        <source>(date unknown)</source>
        <translation>(tanggal tidak diketahui)</translation>
    </message>
    <message>
        <source>#%1  %2  %3  [%4]</source>
        <translation>#%1  %2  %3  [%4]</translation>
    </message>
    <message>
        <source>(no outlet)</source>
        <translation>(tanpa media)</translation>
    </message>
    <message>
        <source>Conflicting figures:</source>
        <translation>Angka yang bertentangan:</translation>
    </message>
    <message>
        <source>#%1 says %2</source>
        <translation>#%1 menyebut %2</translation>
    </message>
</context>
<context>
    <name>Dateline::ThreadGraph</name>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Graphviz could not start.</source>
        <translation>Graphviz tidak dapat dijalankan.</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the thread (is its “dot” plugin installed?).</source>
        <translation>Graphviz tidak dapat menata utas (apakah plugin “dot”-nya terpasang?).</translation>
    </message>
</context>
<context>
    <name>Dateline::ThreadModel</name>
    <message>
        <source>Claim</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relasi</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Pertentangan</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 lawan %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>Dateline::ThreadView</name>
    <message>
        <source>Thread</source>
        <translation>Utas</translation>
    </message>
    <message>
        <source>Cannot read the thread: %1</source>
        <translation>Tidak dapat membaca utas: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s), %1</source>
        <translation>
            <numerusform>%n klaim, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n tautan</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicting figures: %1</source>
        <translation>Angka yang bertentangan: %1</translation>
    </message>
</context>
<context>
    <name>Dateline::Transaction</name>
    <message>
        <source>A change to the library could not begin: %1</source>
        <translation>Perubahan pada pustaka tidak dapat dimulai: %1</translation>
    </message>
    <message>
        <source>The change to the library was already committed.</source>
        <translation>Perubahan pada pustaka sudah disimpan.</translation>
    </message>
    <message>
        <source>A change to the library could not be saved: %1</source>
        <translation>Perubahan pada pustaka tidak dapat disimpan: %1</translation>
    </message>
</context>
</TS>
