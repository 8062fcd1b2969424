/* Extraction's hot loops in C, each giving exactly what its Python version gives
   (the same look-ups, the same sums in the same order and precision, the same ties):

   route    the best route through a sentence's word graph (kg.text.segmenter's
            `_route_py`), the segmenter's inner loop;
   cut      the words along that route (the segmenter's `__cut_DAG`, but for the HMM);
   viterbi  the best tag path of the person tagger (kg.extract.ner's `Decoder.viterbi_py`);
   crf_*    the sequence tagger's CRF (kg.sequence.native), which pycrfsuite runs otherwise,
            and its feature builder's character and bigram look-ups.

   Built by setup.py as an optional extension: where it is missing, the Python loops run. */
#define PY_SSIZE_T_CLEAN
/* No fused multiply-adds (on a target that has them): crfsuite rounds every product. */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif
#include <Python.h>
#include <float.h>
#include <math.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <stdint.h>
#include <string.h>

/* A word dictionary (jieba's FREQ: every word and every prefix of a word, with its
   frequency, 0 for a prefix only) as one open-addressing hash table over code points,
   so the route looks fragments up without making a string for each: FNV-1a over the
   fragment's code points, extended one character at a time. */

typedef struct {
    uint64_t hash;
    double lp;       /* log(frequency) - log(total), for a word */
    uint32_t koff;   /* where its code points start in keys */
    uint16_t klen;
    uint8_t word;    /* 1: a word (frequency not 0); 0: a prefix only */
} Entry;

typedef struct {
    uint32_t *slots;  /* entry number + 1, 0 for empty */
    uint64_t mask;
    Entry *entries;
    Py_UCS4 *keys;
    double single;    /* log(1) - log(total): a character that starts no word */
} Table;

#define TABLE_NAME "kg._speedups.Table"
#define FNV_START 1469598103934665603ULL
#define FNV_PRIME 1099511628211ULL

static void
table_release(Table *t)
{
    PyMem_RawFree(t->slots);
    PyMem_RawFree(t->entries);
    PyMem_RawFree(t->keys);
    PyMem_RawFree(t);
}

static void
table_free(PyObject *capsule)
{
    Table *t = PyCapsule_GetPointer(capsule, TABLE_NAME);
    if (t != NULL)
        table_release(t);
}

/* The slot a hash starts its probe at. */
static inline uint64_t
first_slot(const Table *t, uint64_t h)
{
    return (h ^ (h >> 29)) & t->mask;
}

static const Entry *
lookup(const Table *t, uint64_t h, const Py_UCS4 *key, Py_ssize_t len)
{
    uint64_t i = first_slot(t, h);
    uint32_t e;
    while ((e = t->slots[i]) != 0) {
        const Entry *x = &t->entries[e - 1];
        if (x->hash == h && x->klen == len
                && memcmp(t->keys + x->koff, key, len * sizeof(Py_UCS4)) == 0)
            return x;
        i = (i + 1) & t->mask;
    }
    return NULL;
}

/* table(freq, logtotal) -> the dictionary as a Table (a capsule). Keys must be str of
   at most 65,535 characters, values numbers, those not 0 above 0 (as jieba's are). */
static PyObject *
table(PyObject *self, PyObject *args)
{
    PyObject *freq, *key, *value;
    double logtotal;
    if (!PyArg_ParseTuple(args, "O!d:table", &PyDict_Type, &freq, &logtotal))
        return NULL;
    Py_ssize_t n = PyDict_Size(freq), chars = 0, pos = 0;
    while (PyDict_Next(freq, &pos, &key, &value)) {
        if (!PyUnicode_Check(key) || PyUnicode_GET_LENGTH(key) > 65535) {
            PyErr_SetString(PyExc_ValueError, "table: a key is no str of at most 65,535 characters");
            return NULL;
        }
        chars += PyUnicode_GET_LENGTH(key);
    }
    if (n >= (Py_ssize_t)UINT32_MAX / 2 || chars >= (Py_ssize_t)UINT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "table: dictionary too large");
        return NULL;
    }
    uint64_t size = 16;
    while (size < (uint64_t)n * 2 + 1)
        size <<= 1;
    Table *t = PyMem_RawCalloc(1, sizeof(Table));
    if (t == NULL)
        return PyErr_NoMemory();
    t->mask = size - 1;
    t->single = log(1.0) - logtotal;
    t->slots = PyMem_RawCalloc(size, sizeof(uint32_t));
    t->entries = PyMem_RawMalloc((n ? n : 1) * sizeof(Entry));
    t->keys = PyMem_RawMalloc((chars ? chars : 1) * sizeof(Py_UCS4));
    PyObject *capsule = NULL;
    if (t->slots == NULL || t->entries == NULL || t->keys == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    capsule = PyCapsule_New(t, TABLE_NAME, table_free);
    if (capsule == NULL)
        goto fail;
    uint32_t count = 0, koff = 0;
    pos = 0;
    while (PyDict_Next(freq, &pos, &key, &value)) {
        Py_ssize_t len = PyUnicode_GET_LENGTH(key);
        Entry *x = &t->entries[count];
        if (PyUnicode_AsUCS4(key, t->keys + koff, len, 0) == NULL)
            goto fail_capsule;
        int truth = PyObject_IsTrue(value);
        if (truth < 0)
            goto fail_capsule;
        x->word = truth ? 1 : 0;
        x->lp = 0.0;
        if (truth) {
            double fv = PyFloat_AsDouble(value);
            if (fv == -1.0 && PyErr_Occurred())
                goto fail_capsule;
            if (!(fv > 0.0)) {
                PyErr_SetString(PyExc_ValueError, "table: a frequency is neither 0 nor above 0");
                goto fail_capsule;
            }
            x->lp = log(fv) - logtotal;
        }
        uint64_t h = FNV_START;
        for (Py_ssize_t c = 0; c < len; c++)
            h = (h ^ t->keys[koff + c]) * FNV_PRIME;
        x->hash = h;
        x->koff = koff;
        x->klen = (uint16_t)len;
        uint64_t i = first_slot(t, h);
        while (t->slots[i] != 0)
            i = (i + 1) & t->mask;
        t->slots[i] = ++count;
        koff += (uint32_t)len;
    }
    return capsule;
fail:
    table_release(t);
    return NULL;
fail_capsule:
    Py_DECREF(capsule);  /* frees the table */
    return NULL;
}

/* Per position k of s[0:n], the end of the first word of the best route from there
   (nxt[k]), as `_route_py` computes it from the same dictionary; best has n + 1 places. */
static void
best_route(const Table *t, const Py_UCS4 *s, Py_ssize_t n, double *best, Py_ssize_t *nxt)
{
    best[n] = 0.0;
    for (Py_ssize_t k = n - 1; k >= 0; k--) {
        int found = 0;
        double bp = 0.0;
        uint64_t h = FNV_START;
        nxt[k] = k;
        for (Py_ssize_t i = k; i < n; i++) {  /* while the fragment is a word or a prefix */
            h = (h ^ s[i]) * FNV_PRIME;
            const Entry *x = lookup(t, h, s + k, i - k + 1);
            if (x == NULL)
                break;
            if (x->word) {
                double p = x->lp + best[i + 1];
                if (!found || p >= bp) {
                    bp = p;
                    found = 1;
                    nxt[k] = i;
                }
            }
        }
        best[k] = found ? bp : t->single + best[k + 1];
    }
}

/* A sentence and its best route, as route() and cut() both start: the table, the
   sentence's characters (s[0:n]) and, per position, the end of the first word of the
   best route from there (nxt). */
typedef struct {
    const Table *t;
    PyObject *sentence;
    Py_ssize_t n;
    Py_UCS4 *s;
    double *best;
    Py_ssize_t *nxt;
} Routed;

/* Free what routed_open allocated. */
static void
routed_close(Routed *r)
{
    PyMem_Free(r->s);
    PyMem_Free(r->best);
    PyMem_Free(r->nxt);
}

/* Parse (table, sentence) from args (format names the caller) and route the sentence;
   0, or -1 with an exception set and nothing left to free. */
static int
routed_open(PyObject *args, const char *format, Routed *r)
{
    PyObject *capsule;
    *r = (Routed){0};
    if (!PyArg_ParseTuple(args, format, &capsule, &r->sentence))
        return -1;
    r->t = PyCapsule_GetPointer(capsule, TABLE_NAME);
    if (r->t == NULL)
        return -1;
    r->n = PyUnicode_GET_LENGTH(r->sentence);
    r->s = PyUnicode_AsUCS4Copy(r->sentence);
    r->best = PyMem_Malloc((r->n + 1) * sizeof(double));
    r->nxt = PyMem_Malloc((r->n ? r->n : 1) * sizeof(Py_ssize_t));
    if (r->s == NULL || r->best == NULL || r->nxt == NULL) {
        if (!PyErr_Occurred())
            PyErr_NoMemory();
        routed_close(r);
        return -1;
    }
    best_route(r->t, r->s, r->n, r->best, r->nxt);
    return 0;
}

/* route(table, sentence): per position, the end of the first word of the best route
   from there, as `_route_py` computes it from the same dictionary. */
static PyObject *
route(PyObject *self, PyObject *args)
{
    Routed r;
    if (routed_open(args, "OU:route", &r) < 0)
        return NULL;
    PyObject *out = PyList_New(r.n);
    for (Py_ssize_t k = 0; out != NULL && k < r.n; k++) {
        PyObject *v = PyLong_FromSsize_t(r.nxt[k]);
        if (v == NULL) {
            Py_CLEAR(out);
            break;
        }
        PyList_SET_ITEM(out, k, v);
    }
    routed_close(&r);
    return out;
}

/* Append sentence[a:b] to the list out; 0, or -1 on an error. */
static int
append_slice(PyObject *out, PyObject *sentence, Py_ssize_t a, Py_ssize_t b)
{
    PyObject *w = PyUnicode_Substring(sentence, a, b);
    if (w == NULL)
        return -1;
    int r = PyList_Append(out, w);
    Py_DECREF(w);
    return r;
}

/* A run s[a:b] of characters the route left single, as the segmenter's `_unknown`
   gives it: one character as it is; a dictionary word (frequency not 0) as its
   characters; else the run whole, its index in out added to pending (the caller cuts
   it with the HMM). */
static int
flush_run(const Table *t, const Py_UCS4 *s, PyObject *sentence, Py_ssize_t a, Py_ssize_t b,
          PyObject *out, PyObject *pending)
{
    if (b - a == 1)
        return append_slice(out, sentence, a, b);
    uint64_t h = FNV_START;
    for (Py_ssize_t i = a; i < b; i++)
        h = (h ^ s[i]) * FNV_PRIME;
    const Entry *x = b - a <= 65535 ? lookup(t, h, s + a, b - a) : NULL;
    if (x != NULL && x->word) {
        for (Py_ssize_t i = a; i < b; i++)
            if (append_slice(out, sentence, i, i + 1) < 0)
                return -1;
        return 0;
    }
    PyObject *k = PyLong_FromSsize_t(PyList_GET_SIZE(out));
    if (k == NULL)
        return -1;
    int r = PyList_Append(pending, k);
    Py_DECREF(k);
    return r < 0 ? -1 : append_slice(out, sentence, a, b);
}

/* cut(table, sentence) -> (words, pending): the segmenter's `__cut_DAG` along the
   route, with each run of single characters no dictionary word covers left whole in
   words and its index listed in pending, for the HMM. */
static PyObject *
cut(PyObject *self, PyObject *args)
{
    Routed r;
    PyObject *out = NULL, *pending = NULL, *result = NULL;
    if (routed_open(args, "OU:cut", &r) < 0)
        return NULL;
    const Table *t = r.t;
    const Py_UCS4 *s = r.s;
    PyObject *sentence = r.sentence;
    Py_ssize_t n = r.n;
    out = PyList_New(0);
    pending = PyList_New(0);
    if (out == NULL || pending == NULL)
        goto release;
    Py_ssize_t x = 0, run = -1;  /* run: where the current run of single characters starts */
    while (x < n) {
        Py_ssize_t y = r.nxt[x] + 1;
        if (y - x == 1) {
            if (run < 0)
                run = x;
        } else {
            if (run >= 0 && flush_run(t, s, sentence, run, x, out, pending) < 0)
                goto release;
            run = -1;
            if (append_slice(out, sentence, x, y) < 0)
                goto release;
        }
        x = y;
    }
    if (run >= 0 && flush_run(t, s, sentence, run, n, out, pending) < 0)
        goto release;
    result = PyTuple_Pack(2, out, pending);
release:  /* (the tuple holds its own references) */
    Py_XDECREF(out);
    Py_XDECREF(pending);
    routed_close(&r);
    return result;
}

/* viterbi(emissions, trans_t, steps, n): emissions is steps x n float32, trans_t the
   n x n transitions [to, from] float32, both C-contiguous. As numpy does it: per step,
   buf[j][i] = trans_t[j][i] + score[i] in float32, best[j] = the first i of the largest
   buf[j][i], score[j] = buf[j][best[j]] + emissions[t][j]; then the first largest end
   and the path back. */
static PyObject *
viterbi(PyObject *self, PyObject *args)
{
    Py_buffer em, tr;
    Py_ssize_t steps, n;
    PyObject *out = NULL;
    float *score = NULL, *next = NULL;
    Py_ssize_t *back = NULL;
    if (!PyArg_ParseTuple(args, "y*y*nn:viterbi", &em, &tr, &steps, &n))
        return NULL;
    if (steps < 1 || n < 1 || em.len != (Py_ssize_t)(steps * n * sizeof(float))
            || tr.len != (Py_ssize_t)(n * n * sizeof(float))) {
        PyErr_SetString(PyExc_ValueError, "viterbi: buffers do not match steps and n");
        goto done;
    }
    const float *e = em.buf, *t = tr.buf;
    score = PyMem_Malloc(n * sizeof(float));
    next = PyMem_Malloc(n * sizeof(float));
    back = PyMem_Malloc(steps * n * sizeof(Py_ssize_t));
    if (score == NULL || next == NULL || back == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t j = 0; j < n; j++)
        score[j] = e[j];
    for (Py_ssize_t s = 1; s < steps; s++) {
        for (Py_ssize_t j = 0; j < n; j++) {
            const float *row = t + j * n;
            Py_ssize_t bi = 0;
            float bv = row[0] + score[0];
            for (Py_ssize_t i = 1; i < n; i++) {
                float v = row[i] + score[i];
                if (v > bv) {
                    bv = v;
                    bi = i;
                }
            }
            back[s * n + j] = bi;
            next[j] = bv + e[s * n + j];
        }
        float *swap = score;
        score = next;
        next = swap;
    }
    Py_ssize_t k = 0;
    for (Py_ssize_t j = 1; j < n; j++)
        if (score[j] > score[k])
            k = j;
    out = PyList_New(steps);
    if (out == NULL)
        goto done;
    for (Py_ssize_t s = steps - 1; s >= 0; s--) {
        PyObject *v = PyLong_FromSsize_t(k);
        if (v == NULL) {
            Py_CLEAR(out);
            goto done;
        }
        PyList_SET_ITEM(out, s, v);
        if (s > 0)
            k = back[s * n + k];
    }
done:
    PyMem_Free(score);
    PyMem_Free(next);
    PyMem_Free(back);
    PyBuffer_Release(&em);
    PyBuffer_Release(&tr);
    return out;
}

/* A linear-chain CRF (the sequence tagger, kg.sequence.model) scored as crfsuite scores it
   (crf1d_tag.c, crf1d_context.c), so the tags and probabilities are crfsuite's to the bit:
   the state scores summed attribute by attribute in the item's order and, per attribute,
   feature by feature in the model file's order; the Viterbi path with crfsuite's ties
   (the first label of the largest score); the marginals from the same scaled
   forward-backward sums, in the same order, in double precision, with libm's exp.

   (crfsuite's exp is libm's unless it was built with USE_SSE, which python-crfsuite's
   builds are not; the tests compare the two on real text.)

   crf_model(labels, offsets, dsts, weights, trans) -> the model (a capsule) holding its
   arrays and the buffers of the last sequence tagged; crf_tag(model, items) and
   crf_tag_columns(model, n, columns) -> the best tags; crf_probs(model, spans) -> per
   span, the smallest marginal of its tags. */

typedef struct {
    int L;               /* labels */
    Py_ssize_t A;        /* attributes */
    PyObject *labels;    /* tuple of L str, returned as the tags */
    int32_t *aoff;       /* A + 1: attribute a's features are aoff[a] .. aoff[a+1] - 1 */
    int32_t *adst;       /* a feature's label */
    double *aw;          /* a feature's weight */
    double *trans;       /* L x L, [from][to], 0 where the model has no feature */
    double *exp_trans;   /* exp(trans) */
    double *exp_trans_t; /* exp(trans) transposed, [to][from] */
    double *best, *arg;  /* L each: the Viterbi's running maxima and their labels */
    /* the last sequence tagged: T items, buffers for cap items */
    Py_ssize_t T, cap;
    double *state, *exp_state, *alpha, *beta, *scale, *row;
    int *back, *path;
    int alpha_done;      /* alpha (and exp_state) computed for this sequence */
    Py_ssize_t beta_from;   /* beta computed for items beta_from .. T-1 */
} Crf;

#define CRF_NAME "kg._speedups.Crf"

static void
crf_buffers_free(Crf *c)
{
    PyMem_RawFree(c->state);
    PyMem_RawFree(c->exp_state);
    PyMem_RawFree(c->alpha);
    PyMem_RawFree(c->beta);
    PyMem_RawFree(c->scale);
    PyMem_RawFree(c->back);
    PyMem_RawFree(c->path);
    c->state = c->exp_state = c->alpha = c->beta = c->scale = NULL;
    c->back = c->path = NULL;
    c->cap = 0;
}

static void
crf_release(Crf *c)
{
    crf_buffers_free(c);
    PyMem_RawFree(c->aoff);
    PyMem_RawFree(c->adst);
    PyMem_RawFree(c->aw);
    PyMem_RawFree(c->trans);
    PyMem_RawFree(c->exp_trans);
    PyMem_RawFree(c->exp_trans_t);
    PyMem_RawFree(c->best);
    PyMem_RawFree(c->arg);
    PyMem_RawFree(c->row);
    Py_XDECREF(c->labels);
    PyMem_RawFree(c);
}

static void
crf_free(PyObject *capsule)
{
    Crf *c = PyCapsule_GetPointer(capsule, CRF_NAME);
    if (c != NULL)
        crf_release(c);
}

/* A copy of a bytes-like argument of `size` bytes, or NULL with an error set. */
static void *
crf_copy(Py_buffer *b, Py_ssize_t size, const char *what)
{
    if (b->len != size) {
        PyErr_Format(PyExc_ValueError, "crf_model: %s has %zd bytes, not %zd", what, b->len, size);
        return NULL;
    }
    void *out = PyMem_RawMalloc(size ? size : 1);
    if (out == NULL)
        return PyErr_NoMemory();
    memcpy(out, b->buf, size);
    return out;
}

/* crf_model(labels, offsets, dsts, weights, trans): labels a tuple of L str; offsets
   A + 1 int32 (attribute a's features from offsets[a] to offsets[a+1], in the model
   file's order), dsts F int32 (each feature's label), weights F doubles, trans L x L
   doubles ([from][to]); all native byte order. */
static PyObject *
crf_model(PyObject *self, PyObject *args)
{
    PyObject *labels, *capsule = NULL;
    Py_buffer off, dst, w, tr;
    if (!PyArg_ParseTuple(args, "O!y*y*y*y*:crf_model", &PyTuple_Type, &labels,
                          &off, &dst, &w, &tr))
        return NULL;
    Crf *c = PyMem_RawCalloc(1, sizeof(Crf));
    if (c == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t L = PyTuple_GET_SIZE(labels), F = dst.len / (Py_ssize_t)sizeof(int32_t);
    c->labels = (Py_INCREF(labels), labels);
    c->L = (int)L;
    c->A = off.len / (Py_ssize_t)sizeof(int32_t) - 1;
    if (L < 1 || L > 10000 || c->A < 0 || F >= INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "crf_model: no labels, too many, or no offsets");
        goto fail;
    }
    for (Py_ssize_t i = 0; i < L; i++)
        if (!PyUnicode_Check(PyTuple_GET_ITEM(labels, i))) {
            PyErr_SetString(PyExc_TypeError, "crf_model: a label is no str");
            goto fail;
        }
    if ((c->aoff = crf_copy(&off, (c->A + 1) * sizeof(int32_t), "offsets")) == NULL
            || (c->adst = crf_copy(&dst, F * sizeof(int32_t), "dsts")) == NULL
            || (c->aw = crf_copy(&w, F * sizeof(double), "weights")) == NULL
            || (c->trans = crf_copy(&tr, L * L * sizeof(double), "trans")) == NULL)
        goto fail;
    if (c->aoff[0] != 0 || c->aoff[c->A] != F) {
        PyErr_SetString(PyExc_ValueError, "crf_model: offsets do not span the features");
        goto fail;
    }
    for (Py_ssize_t a = 0; a < c->A; a++)
        if (c->aoff[a] > c->aoff[a + 1]) {
            PyErr_SetString(PyExc_ValueError, "crf_model: offsets go down");
            goto fail;
        }
    for (Py_ssize_t f = 0; f < F; f++)
        if (c->adst[f] < 0 || c->adst[f] >= L) {
            PyErr_SetString(PyExc_ValueError, "crf_model: a feature's label is out of range");
            goto fail;
        }
    c->exp_trans = PyMem_RawMalloc(L * L * sizeof(double));
    c->exp_trans_t = PyMem_RawMalloc(L * L * sizeof(double));
    c->best = PyMem_RawMalloc(L * sizeof(double));
    c->arg = PyMem_RawMalloc(L * sizeof(double));
    c->row = PyMem_RawMalloc(L * sizeof(double));
    if (c->exp_trans == NULL || c->exp_trans_t == NULL || c->best == NULL || c->arg == NULL
            || c->row == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    for (Py_ssize_t i = 0; i < L; i++)
        for (Py_ssize_t j = 0; j < L; j++)
            c->exp_trans_t[j * L + i] = c->exp_trans[i * L + j] = exp(c->trans[i * L + j]);
    capsule = PyCapsule_New(c, CRF_NAME, crf_free);
    if (capsule == NULL)
        goto fail;
    goto done;
fail:
    crf_release(c);
done:
    PyBuffer_Release(&off);
    PyBuffer_Release(&dst);
    PyBuffer_Release(&w);
    PyBuffer_Release(&tr);
    return capsule;
}

/* Room for T items (the buffers grow, never shrink). */
static int
crf_reserve(Crf *c, Py_ssize_t T)
{
    if (T <= c->cap)
        return 0;
    crf_buffers_free(c);
    size_t n = (size_t)T * c->L;
    c->state = PyMem_RawMalloc(n * sizeof(double));
    c->exp_state = PyMem_RawMalloc(n * sizeof(double));
    c->alpha = PyMem_RawMalloc(n * sizeof(double));
    c->beta = PyMem_RawMalloc(n * sizeof(double));
    c->scale = PyMem_RawMalloc(T * sizeof(double));
    c->back = PyMem_RawMalloc(n * sizeof(int));
    c->path = PyMem_RawMalloc(T * sizeof(int));
    if (!c->state || !c->exp_state || !c->alpha || !c->beta || !c->scale || !c->back || !c->path) {
        crf_buffers_free(c);
        PyErr_NoMemory();
        return -1;
    }
    c->cap = T;
    return 0;
}

/* Add an item's attributes (a tuple or list of ids) to its state scores, as
   crf1dt_state_score does (every value 1, so weight * value = weight). */
static int
crf_add(const Crf *c, double *state, PyObject *attrs)
{
    if (!PyTuple_Check(attrs) && !PyList_Check(attrs)) {
        PyErr_SetString(PyExc_TypeError, "crf: an item's attributes are no tuple or list");
        return -1;
    }
    PyObject **ids = PySequence_Fast_ITEMS(attrs);
    for (Py_ssize_t k = 0; k < PySequence_Fast_GET_SIZE(attrs); k++) {
        Py_ssize_t a = PyLong_AsSsize_t(ids[k]);
        if (a < 0 || a >= c->A) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_ValueError, "crf: an attribute id is out of range");
            return -1;
        }
        for (int32_t r = c->aoff[a]; r < c->aoff[a + 1]; r++)
            state[c->adst[r]] += c->aw[r];
    }
    return 0;
}

/* The best tags of the T items whose state scores are in c->state (crf1dc_viterbi:
   score[t][j] = max_i (score[t-1][i] + trans[i][j]) + state[t][j], the first i of the
   largest kept; the first j of the largest last score), as the labels' str. Each j
   sees its i in crfsuite's order; the loop runs over j inside, two j at a time with
   SSE2 (the same sums and comparisons, so the same path). */
static PyObject *
crf_decode(Crf *c, Py_ssize_t T)
{
    const int L = c->L;
    double *cur = c->alpha, *prev, *best = c->best, *arg = c->arg;  /* alpha: as crfsuite */
    for (int j = 0; j < L; j++)
        cur[j] = c->state[j];
    for (Py_ssize_t t = 1; t < T; t++) {
        prev = c->alpha + (t - 1) * L;
        cur = c->alpha + t * L;
        const double *state = c->state + t * L;
        int *back = c->back + t * L;
        for (int j = 0; j < L; j++) {
            best[j] = -DBL_MAX;
            arg[j] = 0.;
        }
        for (int i = 0; i < L; i++) {
            const double p = prev[i], *trans = c->trans + i * L;
            int j = 0;
#ifdef __SSE2__
            const __m128d vp = _mm_set1_pd(p), vi = _mm_set1_pd((double)i);
            for (; j + 2 <= L; j += 2) {
                __m128d score = _mm_add_pd(vp, _mm_loadu_pd(trans + j));
                __m128d b = _mm_loadu_pd(best + j), a = _mm_loadu_pd(arg + j);
                __m128d higher = _mm_cmplt_pd(b, score);  /* best[j] < score */
                _mm_storeu_pd(best + j, _mm_or_pd(_mm_and_pd(higher, score),
                                                  _mm_andnot_pd(higher, b)));
                _mm_storeu_pd(arg + j, _mm_or_pd(_mm_and_pd(higher, vi),
                                                 _mm_andnot_pd(higher, a)));
            }
#endif
            for (; j < L; j++) {
                double score = p + trans[j];
                if (best[j] < score) {
                    best[j] = score;
                    arg[j] = i;
                }
            }
        }
        for (int j = 0; j < L; j++) {
            back[j] = (int)arg[j];
            cur[j] = best[j] + state[j];
        }
    }
    double max_score = -DBL_MAX;
    prev = c->alpha + (T - 1) * L;
    c->path[T - 1] = 0;
    for (int i = 0; i < L; i++)
        if (max_score < prev[i]) {
            max_score = prev[i];
            c->path[T - 1] = i;
        }
    for (Py_ssize_t t = T - 2; t >= 0; t--)
        c->path[t] = c->back[(t + 1) * L + c->path[t + 1]];
    PyObject *out = PyList_New(T);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t t = 0; t < T; t++)
        PyList_SET_ITEM(out, t, Py_NewRef(PyTuple_GET_ITEM(c->labels, c->path[t])));
    c->T = T;
    c->alpha_done = 0;
    c->beta_from = T;
    return out;
}

/* crf_tag(model, items): items a list, per item a list of attribute ids (ints below A);
   the best tags (the labels' str), as crfsuite's tagger.set(items) then tag() give. */
static PyObject *
crf_tag(PyObject *self, PyObject *args)
{
    PyObject *capsule, *items;
    if (!PyArg_ParseTuple(args, "OO!:crf_tag", &capsule, &PyList_Type, &items))
        return NULL;
    Crf *c = PyCapsule_GetPointer(capsule, CRF_NAME);
    if (c == NULL)
        return NULL;
    const Py_ssize_t T = PyList_GET_SIZE(items);
    c->T = 0;  /* no sequence until this one is scored */
    if (T == 0)
        return PyList_New(0);
    if (crf_reserve(c, T) < 0)
        return NULL;
    memset(c->state, 0, (size_t)T * c->L * sizeof(double));
    for (Py_ssize_t t = 0; t < T; t++)
        if (crf_add(c, c->state + t * c->L, PyList_GET_ITEM(items, t)) < 0)
            return NULL;
    return crf_decode(c, T);
}

/* crf_tag_columns(model, n, columns): crf_tag of n items given as columns, each item's
   attributes gathered from them in their order without a list per item: a column
   (seq, shift, slot) gives item t the ids seq[t + shift] (or seq[t + shift][slot] when
   slot >= 0; seq a list or tuple); a column (ids, -1, -1) gives every item `ids`. */
static PyObject *
crf_tag_columns(PyObject *self, PyObject *args)
{
    PyObject *capsule, *columns;
    Py_ssize_t T;
    if (!PyArg_ParseTuple(args, "OnO!:crf_tag_columns", &capsule, &T, &PyTuple_Type, &columns))
        return NULL;
    Crf *c = PyCapsule_GetPointer(capsule, CRF_NAME);
    if (c == NULL)
        return NULL;
    const Py_ssize_t m = PyTuple_GET_SIZE(columns);
    c->T = 0;
    if (T <= 0)
        return PyList_New(0);
    if (m > 64) {
        PyErr_SetString(PyExc_ValueError, "crf_tag_columns: more than 64 columns");
        return NULL;
    }
    PyObject *seqs[64];
    Py_ssize_t shifts[64], slots[64];
    for (Py_ssize_t k = 0; k < m; k++) {
        PyObject *seq;
        if (!PyArg_ParseTuple(PyTuple_GET_ITEM(columns, k), "Onn;crf_tag_columns: a column is "
                              "no (seq, shift, slot)", &seq, &shifts[k], &slots[k]))
            return NULL;
        if (!PyList_Check(seq) && !PyTuple_Check(seq)) {
            PyErr_SetString(PyExc_TypeError, "crf_tag_columns: a column is no list or tuple");
            return NULL;
        }
        if (shifts[k] >= 0 && PySequence_Fast_GET_SIZE(seq) < T + shifts[k]) {
            PyErr_SetString(PyExc_ValueError, "crf_tag_columns: a column is too short");
            return NULL;
        }
        seqs[k] = seq;  /* borrowed: columns holds it */
    }
    if (crf_reserve(c, T) < 0)
        return NULL;
    memset(c->state, 0, (size_t)T * c->L * sizeof(double));
    for (Py_ssize_t t = 0; t < T; t++) {
        double *state = c->state + t * c->L;
        for (Py_ssize_t k = 0; k < m; k++) {
            PyObject *ids = seqs[k];
            if (shifts[k] >= 0) {
                ids = PySequence_Fast_ITEMS(ids)[t + shifts[k]];
                if (slots[k] >= 0) {
                    if (!PyTuple_Check(ids) || PyTuple_GET_SIZE(ids) <= slots[k]) {
                        PyErr_SetString(PyExc_TypeError, "crf_tag_columns: no such slot");
                        return NULL;
                    }
                    ids = PyTuple_GET_ITEM(ids, slots[k]);
                }
            }
            if (crf_add(c, state, ids) < 0)
                return NULL;
        }
    }
    return crf_decode(c, T);
}

/* crf1dc_exp_state and crf1dc_alpha_score: the scaled forward scores. */
static void
crf_alpha(Crf *c)
{
    const Py_ssize_t T = c->T;
    const int L = c->L;
    for (Py_ssize_t i = 0; i < T * L; i++)
        c->exp_state[i] = exp(c->state[i]);
    double *cur = c->alpha, sum = 0.;
    memcpy(cur, c->exp_state, L * sizeof(double));
    for (int j = 0; j < L; j++)
        sum += cur[j];
    c->scale[0] = (sum != 0.) ? 1. / sum : 1.;
    for (int j = 0; j < L; j++)
        cur[j] *= c->scale[0];
    for (Py_ssize_t t = 1; t < T; t++) {
        const double *prev = c->alpha + (t - 1) * L, *state = c->exp_state + t * L;
        cur = c->alpha + t * L;
        memset(cur, 0, L * sizeof(double));
        for (int i = 0; i < L; i++) {
            const double *trans = c->exp_trans + i * L;
            for (int j = 0; j < L; j++)
                cur[j] += prev[i] * trans[j];
        }
        sum = 0.;
        for (int j = 0; j < L; j++) {
            cur[j] *= state[j];
        }
        for (int j = 0; j < L; j++)
            sum += cur[j];
        c->scale[t] = (sum != 0.) ? 1. / sum : 1.;
        for (int j = 0; j < L; j++)
            cur[j] *= c->scale[t];
    }
    c->alpha_done = 1;
}

/* crf1dc_beta_score, from the last item down to item `from` only (each item's scores
   need only the next item's). */
static void
crf_beta(Crf *c, Py_ssize_t from)
{
    const Py_ssize_t T = c->T;
    const int L = c->L;
    double *row = c->row;
    if (c->beta_from == T) {
        double *cur = c->beta + (T - 1) * L;
        for (int j = 0; j < L; j++)
            cur[j] = c->scale[T - 1];
        c->beta_from = T - 1;
    }
    for (Py_ssize_t t = c->beta_from - 1; t >= from; t--) {
        double *cur = c->beta + t * L;
        const double *next = c->beta + (t + 1) * L, *state = c->exp_state + (t + 1) * L;
        for (int j = 0; j < L; j++)
            row[j] = next[j] * state[j];
        /* cur[i] = sum over j of trans[i][j] * row[j], each sum from 0 in j's order;
           the loop runs over i inside, to vectorise */
        memset(cur, 0, L * sizeof(double));
        for (int j = 0; j < L; j++) {
            const double r = row[j], *trans = c->exp_trans_t + j * L;
            for (int i = 0; i < L; i++)
                cur[i] += trans[i] * r;
        }
        for (int i = 0; i < L; i++)
            cur[i] *= c->scale[t];
        c->beta_from = t;
    }
}

/* crf_probs(model, spans): spans a list of (start, end) over the last sequence tagged;
   per span, the smallest over its items t of crf1dc_marginal_point(path[t], t). */
static PyObject *
crf_probs(PyObject *self, PyObject *args)
{
    PyObject *capsule, *spans;
    if (!PyArg_ParseTuple(args, "OO!:crf_probs", &capsule, &PyList_Type, &spans))
        return NULL;
    Crf *c = PyCapsule_GetPointer(capsule, CRF_NAME);
    if (c == NULL)
        return NULL;
    const Py_ssize_t n = PyList_GET_SIZE(spans);
    Py_ssize_t *bounds = PyMem_Malloc((n ? n : 1) * 2 * sizeof(Py_ssize_t));
    PyObject *out = NULL;
    if (bounds == NULL)
        return PyErr_NoMemory();
    Py_ssize_t from = c->T;
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_ssize_t s, e;
        if (!PyArg_ParseTuple(PyList_GET_ITEM(spans, k), "nn;crf_probs: a span is no (start, end)",
                              &s, &e))
            goto done;
        if (s < 0 || e <= s || e > c->T) {
            PyErr_SetString(PyExc_ValueError, "crf_probs: a span outside the last sequence tagged");
            goto done;
        }
        bounds[2 * k] = s;
        bounds[2 * k + 1] = e;
        if (s < from)
            from = s;
    }
    if (n && !c->alpha_done)
        crf_alpha(c);
    if (n)
        crf_beta(c, from);
    out = PyList_New(n);
    if (out == NULL)
        goto done;
    for (Py_ssize_t k = 0; k < n; k++) {
        double low = 0.;
        for (Py_ssize_t t = bounds[2 * k]; t < bounds[2 * k + 1]; t++) {
            int l = c->path[t];
            double p = c->alpha[t * c->L + l] * c->beta[t * c->L + l] / c->scale[t];
            if (t == bounds[2 * k] || p < low)
                low = p;
        }
        PyObject *v = PyFloat_FromDouble(low);
        if (v == NULL) {
            Py_CLEAR(out);
            goto done;
        }
        PyList_SET_ITEM(out, k, v);
    }
done:
    PyMem_Free(bounds);
    return out;
}

/* A table of the feature builder's (kg.sequence.fast): its dict from a character (or
   a bigram) to that key's features, as a hash table over code points, so the builder
   looks a sentence's characters and bigrams up without a string for each.
   crf_table(mapping, width) -> the table; crf_lookup(table, text, missing) -> per
   position i, mapping.get(text[i:i + width], missing). The table holds its values. */

typedef struct {
    uint64_t key;       /* the key's code points, 21 bits each */
    PyObject *value;    /* NULL: an empty slot */
} KeyEntry;

typedef struct {
    KeyEntry *slots;
    uint64_t mask;
    int width;
} KeyTable;

#define KEYTABLE_NAME "kg._speedups.KeyTable"

static void
keytable_release(KeyTable *t)
{
    if (t->slots != NULL)
        for (uint64_t i = 0; i <= t->mask; i++)
            Py_XDECREF(t->slots[i].value);
    PyMem_RawFree(t->slots);
    PyMem_RawFree(t);
}

static void
keytable_free(PyObject *capsule)
{
    KeyTable *t = PyCapsule_GetPointer(capsule, KEYTABLE_NAME);
    if (t != NULL)
        keytable_release(t);
}

static inline uint64_t
keytable_slot(const KeyTable *t, uint64_t key)
{
    return ((key * 0x9E3779B97F4A7C15ULL) >> 20) & t->mask;
}

static PyObject *
crf_table(PyObject *self, PyObject *args)
{
    PyObject *mapping, *key, *value;
    int width;
    if (!PyArg_ParseTuple(args, "O!i:crf_table", &PyDict_Type, &mapping, &width))
        return NULL;
    if (width < 1 || width > 3) {
        PyErr_SetString(PyExc_ValueError, "crf_table: width is 1, 2 or 3");
        return NULL;
    }
    uint64_t size = 16;
    while (size < (uint64_t)PyDict_GET_SIZE(mapping) * 2 + 1)
        size <<= 1;
    KeyTable *t = PyMem_RawCalloc(1, sizeof(KeyTable));
    if (t == NULL)
        return PyErr_NoMemory();
    t->width = width;
    t->mask = size - 1;
    t->slots = PyMem_RawCalloc(size, sizeof(KeyEntry));
    if (t->slots == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    Py_ssize_t pos = 0;
    while (PyDict_Next(mapping, &pos, &key, &value)) {
        if (!PyUnicode_Check(key) || PyUnicode_GET_LENGTH(key) != width) {
            PyErr_Format(PyExc_ValueError, "crf_table: a key is no str of %d characters", width);
            goto fail;
        }
        uint64_t k = 0;
        for (int c = 0; c < width; c++)
            k |= (uint64_t)PyUnicode_READ_CHAR(key, c) << (21 * c);
        uint64_t i = keytable_slot(t, k);
        while (t->slots[i].value != NULL)
            i = (i + 1) & t->mask;
        t->slots[i].key = k;
        t->slots[i].value = Py_NewRef(value);
    }
    PyObject *capsule = PyCapsule_New(t, KEYTABLE_NAME, keytable_free);
    if (capsule == NULL)
        goto fail;
    return capsule;
fail:
    keytable_release(t);
    return NULL;
}

static PyObject *
crf_lookup(PyObject *self, PyObject *args)
{
    PyObject *capsule, *text, *missing;
    if (!PyArg_ParseTuple(args, "OUO:crf_lookup", &capsule, &text, &missing))
        return NULL;
    const KeyTable *t = PyCapsule_GetPointer(capsule, KEYTABLE_NAME);
    if (t == NULL)
        return NULL;
    const Py_ssize_t len = PyUnicode_GET_LENGTH(text), n = len >= t->width ? len - t->width + 1 : 0;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    PyObject *out = PyList_New(n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t p = 0; p < n; p++) {
        uint64_t k = 0;
        for (int c = 0; c < t->width; c++)
            k |= (uint64_t)PyUnicode_READ(kind, data, p + c) << (21 * c);
        PyObject *got = missing;
        for (uint64_t i = keytable_slot(t, k); t->slots[i].value != NULL; i = (i + 1) & t->mask)
            if (t->slots[i].key == k) {
                got = t->slots[i].value;
                break;
            }
        PyList_SET_ITEM(out, p, Py_NewRef(got));
    }
    return out;
}

static PyMethodDef methods[] = {
    {"table", table, METH_VARARGS,
     "table(freq, logtotal) -> the dictionary as a table for route."},
    {"route", route, METH_VARARGS,
     "route(table, sentence) -> per position, the end of the first word of the best route "
     "from there (kg.text.segmenter's _route_py)."},
    {"cut", cut, METH_VARARGS,
     "cut(table, sentence) -> (words, pending): the segmenter's __cut_DAG along the route, "
     "the runs left for the HMM whole in words, their indexes in pending."},
    {"viterbi", viterbi, METH_VARARGS,
     "viterbi(emissions, trans_t, steps, n) -> the best tag path (kg.extract.ner's "
     "Decoder.viterbi_py)."},
    {"crf_model", crf_model, METH_VARARGS,
     "crf_model(labels, offsets, dsts, weights, trans) -> a CRF model for crf_tag and "
     "crf_probs (kg.sequence.native)."},
    {"crf_tag", crf_tag, METH_VARARGS,
     "crf_tag(model, items) -> the best tags of items (lists of attribute ids), as crfsuite."},
    {"crf_tag_columns", crf_tag_columns, METH_VARARGS,
     "crf_tag_columns(model, n, columns) -> crf_tag of n items gathered from columns of "
     "attribute ids."},
    {"crf_table", crf_table, METH_VARARGS,
     "crf_table(mapping, width) -> a table of mapping (keys: str of width characters) "
     "for crf_lookup."},
    {"crf_lookup", crf_lookup, METH_VARARGS,
     "crf_lookup(table, text, missing) -> per position i, mapping.get(text[i:i + width], "
     "missing)."},
    {"crf_probs", crf_probs, METH_VARARGS,
     "crf_probs(model, spans) -> per (start, end), the smallest marginal of the tags "
     "crf_tag chose there, as crfsuite."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_speedups", NULL, -1, methods};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    return PyModule_Create(&module);
}
