/* Two of extraction's hot loops in C, each giving exactly what its Python version gives
   (the same look-ups, the same sums in the same order and precision, the same ties):

   route    the best route through a sentence's word graph (kg.text.segmenter's
            `_route_py`), the segmenter's inner loop;
   viterbi  the best tag path of the person tagger (kg.extract.ner's `Decoder.viterbi_py`).

   Built by setup.py as an optional extension: where it is missing, the Python loops run. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
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

/* route(table, sentence): per position, the end of the first word of the best route
   from there, as `_route_py` computes it from the same dictionary. */
static PyObject *
route(PyObject *self, PyObject *args)
{
    PyObject *capsule, *sentence, *out = NULL;
    if (!PyArg_ParseTuple(args, "OU:route", &capsule, &sentence))
        return NULL;
    const Table *t = PyCapsule_GetPointer(capsule, TABLE_NAME);
    if (t == NULL)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(sentence);
    Py_UCS4 *s = PyUnicode_AsUCS4Copy(sentence);
    double *best = PyMem_Malloc((n + 1) * sizeof(double));
    Py_ssize_t *nxt = PyMem_Malloc((n ? n : 1) * sizeof(Py_ssize_t));
    if (s == NULL || best == NULL || nxt == NULL) {
        if (!PyErr_Occurred())
            PyErr_NoMemory();
        goto done;
    }
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
    out = PyList_New(n);
    if (out == NULL)
        goto done;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *v = PyLong_FromSsize_t(nxt[k]);
        if (v == NULL) {
            Py_CLEAR(out);
            goto done;
        }
        PyList_SET_ITEM(out, k, v);
    }
done:
    PyMem_Free(s);
    PyMem_Free(best);
    PyMem_Free(nxt);
    return out;
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

static PyMethodDef methods[] = {
    {"table", table, METH_VARARGS,
     "table(freq, logtotal) -> the dictionary as a table for route."},
    {"route", route, METH_VARARGS,
     "route(table, sentence) -> per position, the end of the first word of the best route "
     "from there (kg.text.segmenter's _route_py)."},
    {"viterbi", viterbi, METH_VARARGS,
     "viterbi(emissions, trans_t, steps, n) -> the best tag path (kg.extract.ner's "
     "Decoder.viterbi_py)."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_speedups", NULL, -1, methods};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    return PyModule_Create(&module);
}
